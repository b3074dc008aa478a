/**
 * The audit's migrations, on a database written before each:
 * - issue 11: the details column (before → after of single-contact writes). A database written before (SQLite schema
 *   4, PostgreSQL schema 3) keeps its entries, which come without a change (the console says "details not
 *   recorded"), and the entries written after the start record theirs;
 * - issue 10: entries numbered per organisation (SQLite schema 6, PostgreSQL 5). The entries of every organisation
 *   are numbered 1, 2, 3… in their order, and the next write takes the next number of its own organisation.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { adminQuery, createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { schemaBefore } from '../../fixtures/schema-before';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const entry = (org: string, at: string, contact: string) =>
  `INSERT INTO audit (org_id, at, token, action, contact_ids, import_id) VALUES ('${org}', '${at}', 'alice', 'contact.update', '["${contact}"]', NULL)`;
const OLD_ENTRY = entry('default', '2025-06-01T08:00:00.000Z', 'c1');

/** The schema versions just before a migration, per store. */
const BEFORE_DETAILS = { sqlite: 5, postgres: 4 };
const BEFORE_NUMBERING = { sqlite: 6, postgres: 5 };

/**
 * The schema before `before`, then the rows `entries` writes, as the server then wrote them (in organisation `org`'s
 * name on PostgreSQL, whose row-level security binds this connection too).
 */
async function databaseBefore(database: TestDatabase, kind: 'sqlite' | 'postgres', before: { sqlite: number; postgres: number }, entries: { org: string; sql: string }[]): Promise<void> {
  await schemaBefore(database, kind, before);
  const orgs = [...new Set(entries.map((e) => e.org))].filter((org) => org !== 'default');
  if (kind === 'postgres') {
    for (const org of orgs) await adminQuery(`INSERT INTO organisations (id, name, created_at) VALUES ('${org}', '${org}', '2025-01-01')`, [], database.db);
    for (const { org, sql } of entries) await adminQuery(`BEGIN; SELECT set_config('app.org_id', '${org}', true); ${sql}; COMMIT`, [], database.db);
    return;
  }
  const db = new Database(database.db);
  for (const org of orgs) db.prepare("INSERT INTO organisations (id, name, created_at) VALUES (?, ?, '2025-01-01')").run(org, org);
  for (const { sql } of entries) db.exec(sql);
  db.close();
}

describeStores('the audit migrations', (kind) => {
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
    await databaseBefore(database, kind, BEFORE_DETAILS, [{ org: 'default', sql: OLD_ENTRY }]);
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

  it('numbers the entries of each organisation from 1 in their order, and the next write of each after its last', async () => {
    const at = (day: number) => `2025-06-0${day}T08:00:00.000Z`;
    // Interleaved: the table's global ids are default 1, acme 2, default 3, acme 4, acme 5.
    const rows = [
      { org: 'default', sql: entry('default', at(1), 'd1') },
      { org: 'acme', sql: entry('acme', at(2), 'a1') },
      { org: 'default', sql: entry('default', at(3), 'd2') },
      { org: 'acme', sql: entry('acme', at(4), 'a2') },
      { org: 'acme', sql: entry('acme', at(5), 'a3') },
    ];
    await databaseBefore(database, kind, BEFORE_NUMBERING, rows);
    store = await openStore(database.db, { now });
    const numbered = async (org: string) => {
      const directory = store!.forOrg(org);
      await directory.transaction((tx) => tx.addAudit({ at: now(), token: 'alice', action: 'contact.delete', contactIds: ['x'] }));
      const page = await directory.audit({ order: 'asc', afterId: 0, limit: 10 });
      return page.entries.map((e) => `${e.id}:${e.contactIds[0]}`);
    };
    expect({ default: await numbered('default'), acme: await numbered('acme') }).toEqual({
      default: ['1:d1', '2:d2', '3:x'],
      acme: ['1:a1', '2:a2', '3:a3', '4:x'],
    });
  });
});
