/**
 * Background sync (issue 4): first push the outbox in order, then pull the change feed page by page into IndexedDB.
 * Takes the database, the API client and the clock as arguments. The network is never awaited inside a
 * transaction: each page is fetched, prepared, then written with its cursor in one transaction, so a worker
 * stopped at any point resumes from the last page stored, and an outbox entry leaves only with its answer.
 */
import { ApiError, NetworkError, type ApiClient } from '../../lib/api/api-client';
import type { ApiErrorBody } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { readSyncState, type ContactsDb, type OutboxEntry } from '../storage/db';
import { backoffMs, deliverEntry, nextOutboxEntry, postponeEntry, refuseEntry } from '../storage/outbox';
import { toStoredContact } from '../storage/stored-contact';
import { adoptServer, patchSyncState, storeChangesPage } from '../storage/sync-state';

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
  /** The copy of another server was dropped (the settings now name a different one). */
  cleared: boolean;
  ok: boolean;
  /**
   * Where the pull spent its time (ms): waiting for pages (beyond the overlap), preparing contacts, writing them
   * (`commit`: the part of `store` spent waiting for the transactions to complete).
   */
  timing?: PullTiming;
}

interface PullTiming {
  network: number;
  prepare: number;
  store: number;
  commit: number;
}

/** Pushes then pulls. Never throws for server or network trouble: it is recorded in the sync state. */
export async function syncNow(deps: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, conflicts: 0, pending: 0, pulled: 0, cleared: false, ok: true };
  if (deps.api === null) return report;
  report.cleared = await adoptServer(deps.db, deps.serverUrl, deps.now);
  await patchSyncState(deps.db, { lastAttemptAt: deps.now() });
  try {
    Object.assign(report, await pushOutbox(deps));
    const timing: PullTiming = { network: 0, prepare: 0, store: 0, commit: 0 };
    report.pulled = await pullChanges(deps, timing);
    report.timing = timing;
    await patchSyncState(deps.db, { lastSuccessAt: deps.now(), lastError: null });
  } catch (error) {
    if (!(error instanceof ApiError || error instanceof NetworkError)) throw error;
    report.ok = false;
    await patchSyncState(deps.db, { lastError: { code: errorCode(error), message: error.message, at: deps.now() } });
  }
  return report;
}

/** Pushes outbox entries in order. Stops at the first one that must wait (network, 5xx, 429, 401/403). */
async function pushOutbox(deps: SyncDeps): Promise<Pick<SyncReport, 'pushed' | 'conflicts' | 'pending'>> {
  const { db, now } = deps;
  const api = deps.api!;
  let pushed = 0;
  let conflicts = 0;
  for (;;) {
    const next = await nextOutboxEntry(db);
    if (!next) return { pushed, conflicts, pending: 0 };
    const { entry, waiting } = next;
    if (entry.nextAttemptAt > now()) return { pushed, conflicts, pending: waiting };
    let result: Contact;
    try {
      result = await send(api, entry);
    } catch (error) {
      if (!(error instanceof ApiError) || mustWait(error)) {
        entry.attempts += 1;
        entry.nextAttemptAt = now() + backoffMs(entry.attempts, deps.random);
        entry.lastError = error instanceof Error ? error.message : String(error);
        await postponeEntry(db, entry);
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
  const stored = result.deleted ? null : toStoredContact(result);
  await deliverEntry(deps.db, entry, { id: result.id, version: result.version, stored });
}

/** The server refused the write for good (409, 422, 404…): keep the server's version and record it for the admin. */
async function refuse(deps: SyncDeps, entry: OutboxEntry, error: ApiError) {
  const serverContact = (error.body as ApiErrorBody | undefined)?.error?.contact;
  const record = { at: deps.now(), entry, status: error.status, code: error.code, message: error.message };
  const server = !serverContact ? null : serverContact.deleted ? serverContact.id : toStoredContact(serverContact);
  await refuseEntry(deps.db, serverContact ? { ...record, serverContact } : record, server);
}

/**
 * Pulls the change feed to its end; returns the number of contacts received. The next page is asked for as soon as
 * a page arrives, so the server builds it while this one is prepared and written (issue 4: first sync of 100,000
 * ≤ 5 s); its answer is awaited only after the current page's transaction, never inside it.
 */
export async function pullChanges(deps: SyncDeps, timing: PullTiming = { network: 0, prepare: 0, store: 0, commit: 0 }): Promise<number> {
  const { db, now } = deps;
  const api = deps.api!;
  // The next page is asked for before this one is stored, and awaited only after: settled at once, so a failure
  // meanwhile is not an unhandled rejection, and thrown where the page is read.
  const fetchPage = (cursor: string) => settle(api.changes(cursor, deps.pageSize ?? 5000));
  let next = fetchPage((await readSyncState(db)).cursor);
  let received = 0;
  for (;;) {
    let start = now();
    const page = unwrap(await next);
    timing.network += now() - start;
    if (page.more) next = fetchPage(page.cursor);
    start = now();
    // Prepared before the transaction opens: nothing but IndexedDB requests are awaited inside it.
    const stored = page.contacts.map((contact) => (contact.deleted ? contact.id : toStoredContact(contact)));
    timing.prepare += now() - start;
    start = now();
    timing.commit += await storeChangesPage(db, stored, page.cursor, now);
    timing.store += now() - start;
    received += page.contacts.length;
    if (!page.more) return received;
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (settled.ok) return settled.value;
  throw settled.error;
}

function errorCode(error: ApiError | NetworkError): string {
  return error instanceof ApiError ? error.code : 'offline';
}
