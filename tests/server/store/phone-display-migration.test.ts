/**
 * Issue 9: a phone's display form is stored with it. A database written before (schema version 1, phones without
 * `display`) gets it on the next start, for live contacts and for the contacts an import replaced (undo brings
 * them back).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_ID } from '../../../server/store/store';
import { migrations } from '../../../server/store/sqlite/migrations';
import { openSqliteStore, type SqliteStore } from '../../../server/store/sqlite/open-sqlite-store';
import { tempDir } from '../../fixtures/server-fixture';

const now = () => '2026-01-01T00:00:00.000Z';
let dir = '';
let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const old = (id: string, numbers: string[]) => ({
  id,
  version: 1,
  updatedAt: now(),
  deleted: false,
  name: `Person ${id}`,
  phones: numbers.map((number, k) => ({ type: k === 0 ? 'work' : 'other', number })),
});

/** A database as version 1 left it: one contact with two phones, one import that replaced it, and a tombstone. */
function versionOneDatabase(file: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  db.exec(migrations[0]!.sql!);
  db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (1, ?)').run(now());
  const put = db.prepare('INSERT INTO contacts (id, version, email, deleted, json) VALUES (?, 1, NULL, ?, ?)');
  put.run('a', 0, JSON.stringify(old('a', ['+33612345678', '+491222333444555'])));
  put.run('gone', 1, JSON.stringify({ ...old('gone', []), deleted: true, name: '' }));
  db.prepare("INSERT INTO imports (id, token, file, created_at) VALUES ('i1', 'alice', 'x.csv', ?)").run(now());
  db.prepare("INSERT INTO import_items (import_id, contact_id, before, after_version) VALUES ('i1', 'a', ?, 2)").run(JSON.stringify(old('a', ['+15551234567'])));
  db.close();
}

describe('migration 2 (phone display)', () => {
  it('fills the display form of every stored phone and of the contacts kept for undo', async () => {
    dir = tempDir();
    const file = path.join(dir, 'contacts.sqlite');
    versionOneDatabase(file);
    store = openSqliteStore({ file, now });
    const contact = await store.forOrg(DEFAULT_ORGANISATION_ID).getContact('a');
    const items = await store.forOrg(DEFAULT_ORGANISATION_ID).transaction((tx) => tx.importItems('i1'));
    const feed = JSON.parse((await store.forOrg(DEFAULT_ORGANISATION_ID).changesJson(0, 10)).json) as { id: string; phones: unknown[] }[];
    const expected = {
      phones: [
        { type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' },
        { type: 'other', number: '+491222333444555', display: '+49 1222333444555' },
      ],
      before: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }],
      feed: [
        ['a', 2],
        ['gone', 0],
      ],
    };
    const actual = { phones: contact?.phones, before: items[0]?.before?.phones, feed: feed.map((c) => [c.id, c.phones.length]) };
    expect(actual).toEqual(expected);
  });
});
