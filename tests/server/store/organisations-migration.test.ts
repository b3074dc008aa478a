/**
 * The organisations migration (issue 10) on a database written before it, on both stores: every row joins the default
 * organisation, and the directory answers as before — the token, the feed with its seqs (a client's cursor stays
 * valid), duplicate look-ups, the audit, idempotency keys — and the next write numbers after the last seq.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashToken } from '../../../server/auth/tokens';
import { openStore } from '../../../server/store/open-store';
import { migrations as postgresMigrations } from '../../../server/store/postgres/migrations';
import { migrations as sqliteMigrations } from '../../../server/store/sqlite/migrations';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const json = (id: string, email: string) =>
  JSON.stringify({ id, version: 1, updatedAt: now(), deleted: false, name: `Person ${id}`, email, phones: [{ type: 'work', number: `+49301234${id.slice(1)}`, display: `+49 30 1234${id.slice(1)}` }] });

/** The rows a directory held before organisations existed, in the statements both stores accept. */
function rows(deleted: string): string[] {
  return [
    `INSERT INTO tokens (name, role, hash, created_at) VALUES ('alice', 'admin', '${hashToken('cc_alice')}', '${now()}')`,
    `INSERT INTO contacts (id, seq, version, email, deleted, json) VALUES ('c1', 1, 1, 'ann@example.com', ${deleted}, '${json('c1', 'ann@example.com')}')`,
    `INSERT INTO contacts (id, seq, version, email, deleted, json) VALUES ('c2', 2, 1, 'bob@example.com', ${deleted}, '${json('c2', 'bob@example.com')}')`,
    "INSERT INTO contact_phones (number, contact_id) VALUES ('+493012341', 'c1'), ('+493012342', 'c2')",
    `INSERT INTO imports (id, token, file, created_at) VALUES ('i1', 'alice', 'a.csv', '${now()}')`,
    "INSERT INTO import_items (import_id, contact_id, before, after_version) VALUES ('i1', 'c2', NULL, 1)",
    `INSERT INTO audit (at, token, action, contact_ids, import_id) VALUES ('${now()}', 'alice', 'import', '["c2"]', 'i1')`,
    `INSERT INTO idempotency (token, key, fingerprint, status, body, created_at) VALUES ('alice', 'k1', 'f', 201, '{}', '${now()}')`,
  ];
}

/** Brings a new database to the schema just before organisations, holding `rows`. */
async function before(kind: 'sqlite' | 'postgres', db: string): Promise<void> {
  if (kind === 'sqlite') {
    const sqlite = new Database(db);
    sqlite.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    sqlite.exec(sqliteMigrations[0]!.sql!);
    sqlite.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (1, ?), (2, ?)').run(now(), now());
    for (const statement of rows('0')) sqlite.exec(statement);
    sqlite.close();
    return;
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    await client.query(postgresMigrations[0]!.sql);
    await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES (1, $1)', [now()]);
    for (const statement of rows('false')) await client.query(statement);
    await client.query('UPDATE feed_counter SET seq = 2');
  } finally {
    await client.end();
  }
}

describeStores('the organisations migration', (kind) => {
  let database: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    await before(kind, database.db);
    store = await openStore(database.db, { now });
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('puts every row in the default organisation, and the directory answers as before', async () => {
    const directory = store.forOrg(DEFAULT_ORGANISATION_ID);
    const ids = (page: { json: string }) => (JSON.parse(page.json) as { id: string }[]).map((contact) => contact.id);
    const found = await store.findToken(hashToken('cc_alice'));
    const feed = await directory.changesJson(0, 10);
    const inside = await directory.transaction(async (tx) => {
      const lookups = { email: tx.lookup().findByEmail('ANN@example.com')?.id, phone: tx.lookup().findByPhone('+493012342').map((contact) => contact.id) };
      await tx.putContact({ id: 'c3', version: 1, updatedAt: now(), name: 'New', phones: [] });
      return { lookups, items: await tx.importItems('i1') };
    });
    const next = await directory.changesJson(feed.lastSeq, 10);
    const actual = {
      token: [found?.name, found?.organisation],
      feed: [ids(feed), feed.lastSeq],
      inside,
      next: [ids(next), next.lastSeq],
      audit: (await directory.audit({ afterId: 0, limit: 10 })).entries.map((entry) => [entry.action, entry.importId]),
      key: (await directory.getIdempotent('alice', 'k1'))?.status,
      organisations: (await store.listOrganisations()).map(({ id, name, contacts, tokens }) => ({ id, name, contacts, tokens })),
    };
    expect(actual).toEqual({
      token: ['alice', { id: 'default', name: 'default' }],
      feed: [['c1', 'c2'], 2],
      inside: { lookups: { email: 'c1', phone: ['c2'] }, items: [{ contactId: 'c2', before: null, afterVersion: 1 }] },
      next: [['c3'], 3],
      audit: [['import', 'i1']],
      key: 201,
      organisations: [{ id: 'default', name: 'default', contacts: 3, tokens: 1 }],
    });
  });
});
