/**
 * Issue 11: the audit gains a details column (before → after of single-contact writes). A database written before
 * (SQLite schema 4, PostgreSQL schema 3) keeps its entries, which come without a change (the console says "details
 * not recorded"), and the entries written after the start record theirs.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store';
import { migrations as postgresMigrations } from '../../../server/store/postgres/migrations';
import { migrations as sqliteMigrations } from '../../../server/store/sqlite/migrations';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { adminQuery, createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const OLD_ENTRY =
  "INSERT INTO audit (org_id, at, token, action, contact_ids, import_id) VALUES ('default', '2025-06-01T08:00:00.000Z', 'alice', 'contact.update', '[\"c1\"]', NULL)";

/** Every migration before the details column, then one audit entry as the server then wrote it. */
async function databaseBeforeDetails(database: TestDatabase, kind: 'sqlite' | 'postgres'): Promise<void> {
  if (kind === 'postgres') {
    await adminQuery('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)', [], database.db);
    for (const migration of postgresMigrations.slice(0, -1)) {
      await adminQuery(migration.sql, [], database.db);
      await adminQuery("INSERT INTO schema_migrations VALUES ($1, '2025-01-01')", [migration.version], database.db);
    }
    // Row-level security binds this connection too: the entry is written in the default organisation's name.
    await adminQuery(`BEGIN; SELECT set_config('app.org_id', 'default', true); ${OLD_ENTRY}; COMMIT`, [], database.db);
    return;
  }
  const db = new Database(database.db);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const migration of sqliteMigrations.slice(0, -1)) {
    if (migration.sql !== undefined) db.exec(migration.sql);
    migration.run?.(db);
    db.prepare("INSERT INTO schema_migrations VALUES (?, '2025-01-01')").run(migration.version);
  }
  db.exec(OLD_ENTRY);
  db.close();
}

describeStores('the audit details migration', (kind) => {
  let database: TestDatabase;
  let store: Store | undefined;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await database.drop();
  });

  it('keeps the entries written before, without a change, and records the change of the next write', async () => {
    await databaseBeforeDetails(database, kind);
    store = await openStore(database.db, { now });
    const directory = store.forOrg(DEFAULT_ORGANISATION_ID);
    const change = { before: { name: 'Old' }, after: { name: 'New' } };
    await directory.transaction((tx) => tx.addAudit({ at: now(), token: 'alice', action: 'contact.update', contactIds: ['c1'], change }));
    const page = await directory.audit({ order: 'desc', contactIds: ['c1'], limit: 10, count: true });
    expect({ entries: page.entries.map(({ at, change }) => ({ at, change })), total: page.total }).toEqual({
      entries: [
        { at: now(), change },
        { at: '2025-06-01T08:00:00.000Z', change: undefined },
      ],
      total: 2,
    });
  });
});
