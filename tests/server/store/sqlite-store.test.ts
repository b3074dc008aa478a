import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_ID } from '../../../server/store/store';
import { hashToken } from '../../../server/auth/tokens';
import { openSqliteStore, type SqliteStore } from '../../../server/store/sqlite/open-sqlite-store';
import { TOKEN_CACHE_MS } from '../../../server/store/token-cache';
import { tempDir } from '../../fixtures/server-fixture';

const now = () => '2026-01-01T00:00:00.000Z';
let dirs: string[] = [];
let stores: SqliteStore[] = [];
afterEach(async () => {
  for (const store of stores) await store.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
  stores = [];
});

function open(options: { backgroundCheckpoint?: boolean } = {}) {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'contacts.sqlite');
  const store = openSqliteStore({ file, now, ...options });
  stores.push(store);
  return { store, file, dir };
}

/** A page of the default organisation's feed. */
const feedPage = (store: SqliteStore, afterSeq: number, limit: number) => store.forOrg(DEFAULT_ORGANISATION_ID).changesJson(afterSeq, limit);

const contact = (id: string) => ({ id, version: 1, updatedAt: now(), name: `Person ${id}`, phones: [{ type: 'work' as const, number: `+4930100000${id}`, display: `+49 30 100000${id}` }] });

describe('the SQLite store', () => {
  it('pages the change feed: one row past the page says more, an empty page keeps the cursor', async () => {
    const { store } = open();
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      for (const id of ['1', '2', '3']) await tx.putContact(contact(id));
    });
    const ids = (page: { json: string }) => (JSON.parse(page.json) as { id: string }[]).map((c) => c.id);
    const pages = [await feedPage(store, 0, 2), await feedPage(store, 2, 2), await feedPage(store, 0, 3), await feedPage(store, 3, 5)];
    const actual = pages.map((page) => ({ ids: ids(page), lastSeq: page.lastSeq, more: page.more }));
    expect(actual).toEqual([
      { ids: ['1', '2'], lastSeq: 2, more: true },
      { ids: ['3'], lastSeq: 3, more: false },
      { ids: ['1', '2', '3'], lastSeq: 3, more: false },
      { ids: [], lastSeq: 3, more: false },
    ]);
  });

  it('gives as cursor the seq of the last contact on the page, also where rewritten contacts left gaps in the seqs', async () => {
    const { store } = open();
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      for (const id of ['1', '2', '3', '4']) await tx.putContact(contact(id));
    });
    // Rewriting 1 and 3 moves them to seqs 5 and 6: seqs 1 and 3 are gone.
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      for (const id of ['1', '3']) await tx.putContact({ ...contact(id), version: 2 });
    });
    const ids = (page: { json: string }) => (JSON.parse(page.json) as { id: string }[]).map((c) => c.id);
    const pages = [await feedPage(store, 0, 2), await feedPage(store, 4, 1), await feedPage(store, 5, 9)];
    const actual = pages.map((page) => ({ ids: ids(page), lastSeq: page.lastSeq, more: page.more }));
    expect(actual).toEqual([
      { ids: ['2', '4'], lastSeq: 4, more: true },
      { ids: ['1'], lastSeq: 5, more: true },
      { ids: ['3'], lastSeq: 6, more: false },
    ]);
  });

  it('reads the change feed inside a write transaction, seeing that transaction\'s own writes', async () => {
    const { store } = open();
    const actual = await store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      await tx.putContact(contact('1'));
      const page = await tx.changesJson(0, 5);
      return { ids: (JSON.parse(page.json) as { id: string }[]).map((c) => c.id), lastSeq: page.lastSeq, more: page.more };
    });
    expect(actual).toEqual({ ids: ['1'], lastSeq: 1, more: false });
  });

  it('stops accepting a token at once when the store revokes it, and within TOKEN_CACHE_MS when another process does', async () => {
    const { store, file } = open();
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction((tx) => tx.createToken({ id: 'a1', name: 'a', role: 'admin', hash: hashToken('cc_a'), createdAt: now() }));
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction((tx) => tx.createToken({ id: 'b1', name: 'b', role: 'member', hash: hashToken('cc_b'), createdAt: now() }));
    const found = async () => [(await store.findToken(hashToken('cc_a')))?.name ?? null, (await store.findToken(hashToken('cc_b')))?.name ?? null];
    const before = await found();
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction((tx) => tx.revokeToken('a', now()));
    const afterStoreRevoke = await found();
    const other = new Database(file);
    other.prepare("UPDATE tokens SET revoked_at = ? WHERE name = 'b'").run(now());
    other.close();
    // Found tokens are kept for TOKEN_CACHE_MS (token-cache.ts): another process's revocation is seen after it at most.
    await new Promise((resolve) => setTimeout(resolve, TOKEN_CACHE_MS));
    const afterOtherRevoke = await found();
    expect({ before, afterStoreRevoke, afterOtherRevoke }).toEqual({
      before: ['a', 'b'],
      afterStoreRevoke: [null, 'b'],
      afterOtherRevoke: [null, null],
    });
  });

  it('checkpoints committed writes into the main file in the background (the WAL alone held them before)', async () => {
    const { store, file, dir } = open({ backgroundCheckpoint: true });
    await store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      for (const id of ['1', '2']) await tx.putContact(contact(id));
    });
    await store.checkpointIdle();
    // The main file without its WAL: only what a checkpoint copied there.
    const copy = path.join(dir, 'main-only.sqlite');
    fs.copyFileSync(file, copy);
    const db = new Database(copy, { readonly: true });
    const actual = db.prepare('SELECT id FROM contacts ORDER BY seq').pluck().all();
    db.close();
    expect(actual).toEqual(['1', '2']);
  });
});

describe('the database files', () => {
  it('are created readable and writable by their owner only (0600), WAL and shared memory included (issue 9, defect 9)', async () => {
    // With the usual umask 022, a file SQLite creates itself is 0644: readable by every user of the machine.
    const umask = process.umask(0o022);
    try {
      const { store, file } = open();
      await store.forOrg(DEFAULT_ORGANISATION_ID).transaction((tx) => tx.putContact(contact('1')));
      const mode = (name: string) => (fs.statSync(name).mode & 0o777).toString(8);
      const actual = { db: mode(file), wal: mode(`${file}-wal`), shm: mode(`${file}-shm`) };
      expect(actual).toEqual({ db: '600', wal: '600', shm: '600' });
    } finally {
      process.umask(umask);
    }
  });
});
