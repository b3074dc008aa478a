/**
 * Issue 11: tokens get an id, an expiry, a last-use time and an owner. A database written before (SQLite schema 2,
 * PostgreSQL schema 1) keeps its tokens working, each with an id of its own, after the next start.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashToken } from '../../../server/auth/tokens';
import { openStore } from '../../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { adminQuery, createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { schemaBefore } from '../../fixtures/schema-before';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const OLD_TOKENS = "INSERT INTO tokens (name, role, hash, created_at) VALUES ('alice', 'admin', $1, '2025-01-01T00:00:00.000Z'), ('max', 'member', $2, '2025-01-01T00:00:00.000Z')";
const hashes = [hashToken('cc_alice'), hashToken('cc_max')];

/** The schema as the versions before issue 11 left it (SQLite 2, PostgreSQL 1), with two tokens. */
async function databaseBeforeTokenIds(database: TestDatabase, kind: 'sqlite' | 'postgres'): Promise<void> {
  await schemaBefore(database, kind, { sqlite: 3, postgres: 2 });
  if (kind === 'postgres') {
    await adminQuery(OLD_TOKENS, hashes, database.db);
    return;
  }
  const db = new Database(database.db);
  db.prepare(OLD_TOKENS.replace('$1', '?').replace('$2', '?')).run(...hashes);
  db.close();
}

describeStores('the token columns migration', (kind) => {
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

  it('gives each existing token an id of its own, no expiry, no last use and no owner, and keeps it working', async () => {
    await databaseBeforeTokenIds(database, kind);
    store = await openStore(database.db, { now });
    const tokens = await store.forOrg(DEFAULT_ORGANISATION_ID).listTokens();
    const found = await Promise.all(hashes.map(async (hash) => (await store!.findToken(hash))?.name));
    const actual = {
      ids: new Set(tokens.map((token) => token.id)).size,
      shapes: tokens.every((token) => /^[0-9a-f]{32}$/u.test(token.id)),
      rest: tokens.map(({ name, expiresAt, lastUsedAt, ownerId }) => ({ name, expiresAt, lastUsedAt, ownerId })),
      found,
    };
    expect(actual).toEqual({
      ids: 2,
      shapes: true,
      rest: [
        { name: 'alice', expiresAt: null, lastUsedAt: null, ownerId: null },
        { name: 'max', expiresAt: null, lastUsedAt: null, ownerId: null },
      ],
      found: ['alice', 'max'],
    });
  });
});
