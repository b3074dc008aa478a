/**
 * The query plans of the SQLite statements that run on every request or import line (hot-statements.ts), on a database
 * as the server leaves it (migrated, never ANALYZEd, holding contacts of two organisations): each reads its index by
 * the columns it is given, never an organisation's whole range. A statement whose INDEXED BY is dropped falls back to
 * the primary key's org_id prefix, and this test names it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as hot from '../../../server/store/sqlite/hot-statements';
import { openSqliteStore } from '../../../server/store/sqlite/open-sqlite-store';
import { tempDir } from '../../fixtures/server-fixture';

describe('the SQLite hot statements’ query plans', () => {
  let dir: string;
  let db: Database.Database;
  beforeAll(async () => {
    dir = tempDir();
    const file = path.join(dir, 'plans.sqlite');
    await openSqliteStore({ file, now: () => new Date().toISOString() }).close();
    db = new Database(file, { readonly: true });
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const plan = (text: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...new Array(text.split('?').length - 1).fill(null)) as { detail: string }[]).map((row) => row.detail);

  it('finds contacts by email, phone and ids through their indexes, and pages the feed by (org_id, seq)', () => {
    const actual = Object.fromEntries(Object.entries(hot).map(([name, text]) => [name, plan(text)]));
    expect(actual).toEqual({
      CONTACT_BY_EMAIL: ['SEARCH contacts USING INDEX contacts_email (org_id=? AND email=?)'],
      CONTACTS_BY_PHONE: [
        'SEARCH p USING PRIMARY KEY (org_id=? AND number=?)',
        'SEARCH c USING INDEX contacts_id (org_id=? AND id=?)',
        'USE TEMP B-TREE FOR ORDER BY',
      ],
      CONTACTS_BY_IDS: ['SEARCH contacts USING INDEX contacts_id (org_id=? AND id=?)', 'LIST SUBQUERY 1', 'SCAN json_each VIRTUAL TABLE INDEX 1:'],
      CONTACT_BY_ID: ['SEARCH contacts USING INDEX contacts_id (org_id=? AND id=?)'],
      LAST_SEQ: ['SEARCH contacts USING PRIMARY KEY (org_id=?)'],
      FEED_PAGE: ['SEARCH contacts USING PRIMARY KEY (org_id=? AND seq>?)'],
      FEED_SEQ_AT: ['SEARCH contacts USING PRIMARY KEY (org_id=? AND seq>?)'],
    });
  });
});
