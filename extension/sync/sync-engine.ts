/**
 * Background sync (issue 4): first push the outbox in order, then pull the change feed page by page into IndexedDB.
 * Takes the database, the API client and the clock as arguments. The network is never awaited inside a
 * transaction: each page is fetched, prepared, then written with its cursor in one transaction, so a worker
 * stopped at any point resumes from the last page stored, and an outbox entry leaves only with its answer.
 */
import { ApiError, NetworkError, type ApiClient } from '../../lib/api/api-client';
import type { ApiErrorBody } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { deleteContact, loadTable, putContact, saveTable } from '../storage/contact-table';
import { emptySyncState, readSyncState, type ContactsDb, type OutboxEntry, type SyncState } from '../storage/db';
import { backoffMs } from '../storage/outbox';
import { toStoredContact } from '../storage/stored-contact';

export interface SyncDeps {
  db: ContactsDb;
  /** `null` in local mode: nothing to sync. */
  api: ApiClient | null;
  serverUrl: string;
  now: () => number;
  random: () => number;
  pageSize?: number;
}

export interface SyncReport {
  pushed: number;
  conflicts: number;
  /** Outbox entries still waiting (server down, backoff). */
  pending: number;
  pulled: number;
  ok: boolean;
  /**
   * Where the pull spent its time (ms): waiting for pages (beyond the overlap), preparing contacts, writing them
   * (`commit`: the part of `store` spent waiting for the transactions to complete).
   */
  timing?: PullTiming;
}

export interface PullTiming {
  network: number;
  prepare: number;
  store: number;
  commit: number;
}

/** Pushes then pulls. Never throws for server or network trouble: it is recorded in the sync state. */
export async function syncNow(deps: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, conflicts: 0, pending: 0, pulled: 0, ok: true };
  if (deps.api === null) return report;
  await forgetOtherServer(deps);
  await patchState(deps.db, { lastAttemptAt: deps.now() });
  try {
    Object.assign(report, await pushOutbox(deps));
    const timing: PullTiming = { network: 0, prepare: 0, store: 0, commit: 0 };
    report.pulled = await pullChanges(deps, timing);
    report.timing = timing;
    await patchState(deps.db, { lastSuccessAt: deps.now(), lastError: null });
  } catch (error) {
    if (!(error instanceof ApiError || error instanceof NetworkError)) throw error;
    report.ok = false;
    await patchState(deps.db, { lastError: { code: errorCode(error), message: error.message, at: deps.now() } });
  }
  return report;
}

/** Pushes outbox entries in order. Stops at the first one that must wait (network, 5xx, 429, 401/403). */
export async function pushOutbox(deps: SyncDeps): Promise<Pick<SyncReport, 'pushed' | 'conflicts' | 'pending'>> {
  const { db, now } = deps;
  const api = deps.api!;
  let pushed = 0;
  let conflicts = 0;
  for (;;) {
    const entry = (await db.getAll('outbox', undefined, 1))[0];
    if (!entry) return { pushed, conflicts, pending: 0 };
    const pending = await db.count('outbox');
    if (entry.nextAttemptAt > now()) return { pushed, conflicts, pending };
    let result: Contact;
    try {
      result = await send(api, entry);
    } catch (error) {
      if (!(error instanceof ApiError) || mustWait(error)) {
        entry.attempts += 1;
        entry.nextAttemptAt = now() + backoffMs(entry.attempts, deps.random);
        entry.lastError = error instanceof Error ? error.message : String(error);
        await db.put('outbox', entry);
        throw error;
      }
      await refuse(deps, entry, error);
      conflicts += 1;
      continue;
    }
    await deliver(deps, entry, result);
    pushed += 1;
  }
}

function send(api: ApiClient, entry: OutboxEntry): Promise<Contact> {
  const options = { idempotencyKey: entry.idempotencyKey };
  if (entry.op === 'create') return api.createContact(entry.input!, options);
  if (entry.op === 'update') return api.updateContact(entry.contactId, entry.baseVersion!, entry.input!, options);
  return api.deleteContact(entry.contactId, entry.baseVersion!, options);
}

/** Worth retrying later: the server is down or busy, or the token must be fixed first. */
function mustWait(error: ApiError): boolean {
  return error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 401 || error.status === 403;
}

/** The server applied the write: drop the entry, store its answer, and point later entries at the new id and version. */
async function deliver(deps: SyncDeps, entry: OutboxEntry, result: Contact) {
  const tx = deps.db.transaction(['outbox', 'chunks', 'views'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const chunks = tx.objectStore('chunks');
  await outbox.delete(entry.seq!);
  for (const later of await outbox.getAll()) {
    if (later.contactId !== entry.contactId) continue;
    await outbox.put({ ...later, contactId: result.id, baseVersion: result.version });
  }
  const table = await loadTable(chunks, tx.objectStore('views'));
  if (entry.contactId !== result.id) deleteContact(table, entry.contactId);
  if (result.deleted) deleteContact(table, result.id);
  else putContact(table, toStoredContact(result));
  await saveTable(chunks, tx.objectStore('views'), table);
  await tx.done;
}

/** The server refused the write for good (409, 422, 404…): keep the server's version and record it for the admin. */
async function refuse(deps: SyncDeps, entry: OutboxEntry, error: ApiError) {
  const serverContact = (error.body as ApiErrorBody | undefined)?.error?.contact;
  const tx = deps.db.transaction(['outbox', 'chunks', 'views', 'conflicts'], 'readwrite');
  await tx.objectStore('outbox').delete(entry.seq!);
  const record = { at: deps.now(), entry, status: error.status, code: error.code, message: error.message };
  await tx.objectStore('conflicts').add(serverContact ? { ...record, serverContact } : record);
  const chunks = tx.objectStore('chunks');
  const table = await loadTable(chunks, tx.objectStore('views'));
  if (serverContact) {
    if (serverContact.deleted) deleteContact(table, serverContact.id);
    else putContact(table, toStoredContact(serverContact));
  }
  // A create the server refused leaves no local copy behind.
  if (entry.op === 'create') deleteContact(table, entry.contactId);
  await saveTable(chunks, tx.objectStore('views'), table);
  await tx.done;
}

/**
 * Pulls the change feed to its end; returns the number of contacts received. The next page is asked for as soon as
 * a page arrives, so the server builds it while this one is prepared and written (issue 4: first sync of 100,000
 * ≤ 5 s); its answer is awaited only after the current page's transaction, never inside it.
 */
export async function pullChanges(deps: SyncDeps, timing: PullTiming = { network: 0, prepare: 0, store: 0, commit: 0 }): Promise<number> {
  const { db, now } = deps;
  const api = deps.api!;
  const fetchPage = (cursor: string) => {
    const page = api.changes(cursor, deps.pageSize ?? 5000);
    // Awaited at the next turn; until then a failure must not count as unhandled.
    page.catch(() => undefined);
    return page;
  };
  let next = fetchPage((await readSyncState(db)).cursor);
  let received = 0;
  for (;;) {
    let start = now();
    const page = await next;
    timing.network += now() - start;
    if (page.more) next = fetchPage(page.cursor);
    start = now();
    // Prepared before the transaction opens: nothing but IndexedDB requests are awaited inside it.
    const stored = page.contacts.map((contact) => (contact.deleted ? contact.id : toStoredContact(contact)));
    timing.prepare += now() - start;
    start = now();
    // Relaxed: a page lost to a crash is fetched again (the cursor is written with it), so no need to wait for the disk.
    const tx = db.transaction(['chunks', 'views', 'sync'], 'readwrite', { durability: 'relaxed' });
    if (stored.length > 0) {
      const chunks = tx.objectStore('chunks');
      const table = await loadTable(chunks, tx.objectStore('views'));
      for (const item of stored) {
        if (typeof item === 'string') deleteContact(table, item);
        else putContact(table, item);
      }
      await saveTable(chunks, tx.objectStore('views'), table);
    }
    const state = (await tx.objectStore('sync').get('state')) ?? { ...emptySyncState };
    await tx.objectStore('sync').put({ ...state, cursor: page.cursor }, 'state');
    const committing = now();
    await tx.done;
    timing.commit += now() - committing;
    timing.store += now() - start;
    received += page.contacts.length;
    if (!page.more) return received;
  }
}

/**
 * A copy from another server is not this directory: start over, and keep its unsent writes visible as conflicts.
 * A database never synced (fresh, or local mode) adopts the server and keeps its outbox.
 */
async function forgetOtherServer(deps: SyncDeps) {
  const state = await readSyncState(deps.db);
  if (state.serverUrl === deps.serverUrl) return;
  if (state.serverUrl === '') return patchState(deps.db, { serverUrl: deps.serverUrl });
  const tx = deps.db.transaction(['chunks', 'views', 'sync', 'outbox', 'conflicts'], 'readwrite');
  await tx.objectStore('chunks').clear();
  await tx.objectStore('views').clear();
  for (const entry of await tx.objectStore('outbox').getAll()) {
    const message = `Not sent: the server changed from "${state.serverUrl}" to "${deps.serverUrl}". Make the change again if it is still needed.`;
    await tx.objectStore('conflicts').add({ at: deps.now(), entry, status: 0, code: 'server-changed', message });
  }
  await tx.objectStore('outbox').clear();
  await tx.objectStore('sync').put({ serverUrl: deps.serverUrl, cursor: '', lastSuccessAt: null, lastAttemptAt: null, lastError: null }, 'state');
  await tx.done;
}

async function patchState(db: ContactsDb, patch: Partial<SyncState>) {
  const tx = db.transaction('sync', 'readwrite');
  const state = (await tx.store.get('state')) ?? { ...emptySyncState };
  await tx.store.put({ ...state, ...patch }, 'state');
  await tx.done;
}

function errorCode(error: ApiError | NetworkError): string {
  return error instanceof ApiError ? error.code : 'offline';
}
