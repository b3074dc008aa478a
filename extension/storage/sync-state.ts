/**
 * The sync's writes to IndexedDB (issue 4), named so extension/sync/ never calls a store itself (issue 9): the
 * sync state, a page of the change feed with its cursor, and dropping the copy of another server.
 */
import { deleteContact, loadTable, putContact, saveTable } from './contact-table';
import { emptySyncState, readSyncState, type ContactsDb, type StoredContact, type SyncState } from './db';

/** Merges `patch` into the sync state. */
export async function patchSyncState(db: ContactsDb, patch: Partial<SyncState>) {
  const tx = db.transaction('sync', 'readwrite');
  const state = (await tx.store.get('state')) ?? { ...emptySyncState };
  await tx.store.put({ ...state, ...patch }, 'state');
  await tx.done;
}

/**
 * Writes one page of the change feed (a stored contact, or the id of a deleted one) and its cursor in one
 * transaction, so a worker stopped at any point resumes from the last page stored. Returns how long the commit took
 * (ms, by `now`).
 */
export async function storeChangesPage(db: ContactsDb, items: readonly (StoredContact | string)[], cursor: string, now: () => number): Promise<number> {
  // Relaxed: a page lost to a crash is fetched again (the cursor is written with it), so no need to wait for the disk.
  const tx = db.transaction(['chunks', 'views', 'sync'], 'readwrite', { durability: 'relaxed' });
  if (items.length > 0) {
    const chunks = tx.objectStore('chunks');
    const table = await loadTable(chunks, tx.objectStore('views'));
    for (const item of items) {
      if (typeof item === 'string') deleteContact(table, item);
      else putContact(table, item);
    }
    await saveTable(chunks, tx.objectStore('views'), table);
  }
  const state = (await tx.objectStore('sync').get('state')) ?? { ...emptySyncState };
  await tx.objectStore('sync').put({ ...state, cursor }, 'state');
  const committing = now();
  await tx.done;
  return now() - committing;
}

/**
 * Makes the database the copy of `serverUrl`. A copy from another server is not this directory: it is dropped, and
 * its unsent writes are kept as conflicts so the admin sees them. A database never synced (fresh, or local mode)
 * adopts the server and keeps its outbox. Returns whether another server's copy was dropped.
 */
export async function adoptServer(db: ContactsDb, serverUrl: string, now: () => number): Promise<boolean> {
  const state = await readSyncState(db);
  if (state.serverUrl === serverUrl) return false;
  if (state.serverUrl === '') {
    await patchSyncState(db, { serverUrl });
    return false;
  }
  const tx = db.transaction(['chunks', 'views', 'sync', 'outbox', 'conflicts', 'marks'], 'readwrite');
  await tx.objectStore('chunks').clear();
  await tx.objectStore('views').clear();
  // Favourites and recents name this copy's contacts (issue 13): another server's ids mean nothing.
  await tx.objectStore('marks').clear();
  for (const entry of await tx.objectStore('outbox').getAll()) {
    const message = `Not sent: the server changed from "${state.serverUrl}" to "${serverUrl}". Make the change again if it is still needed.`;
    await tx.objectStore('conflicts').add({ at: now(), entry, status: 0, code: 'server-changed', message });
  }
  await tx.objectStore('outbox').clear();
  await tx.objectStore('sync').put({ serverUrl, cursor: '', lastSuccessAt: null, lastAttemptAt: null, lastError: null }, 'state');
  await tx.done;
  return true;
}
