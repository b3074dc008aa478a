/**
 * The outbox of pending admin writes (issue 4): the worker's `saveWrite` calls `enqueue` for the options page; the
 * sync engine pushes entries in order through the functions below. The contact is updated locally at once, so the
 * admin sees the change before it syncs.
 */
import type { ContactInput } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { deleteContact, getContact, loadTable, putContact, saveTable } from './contact-table';
import type { ConflictRecord, ContactsDb, OutboxEntry, OutboxOperation, StoredContact } from './db';
import { toStoredContact } from './stored-contact';

interface EnqueueDeps {
  db: ContactsDb;
  now: () => number;
  /** A fresh unique id (crypto.randomUUID in the browser). */
  newId: () => string;
  /** Local mode (no server): the write is applied to the local directory only, with no outbox entry. */
  localOnly?: boolean;
}

export type Write =
  | { op: 'create'; input: ContactInput }
  | { op: 'update'; contactId: string; baseVersion: number; input: ContactInput }
  | { op: 'delete'; contactId: string; baseVersion: number };

/**
 * Records an admin write: in one transaction, the outbox entry (with a new idempotency key) and the local copy of
 * the contact. Returns the entry (its `contactId` is a local id for a create; no `seq` in local mode).
 */
export async function enqueue(deps: EnqueueDeps, write: Write): Promise<OutboxEntry> {
  const { db, now, newId } = deps;
  const op: OutboxOperation = write.op;
  const contactId = write.op === 'create' ? `local-${newId()}` : write.contactId;
  const entry: OutboxEntry = {
    op,
    idempotencyKey: newId(),
    contactId,
    enqueuedAt: now(),
    attempts: 0,
    nextAttemptAt: 0,
  };
  if (write.op !== 'create') entry.baseVersion = write.baseVersion;
  if (write.op !== 'delete') entry.input = write.input;

  const tx = db.transaction(['outbox', 'chunks', 'views'], 'readwrite');
  const chunks = tx.objectStore('chunks');
  const table = await loadTable(chunks, tx.objectStore('views'));
  const existing = getContact(table, contactId);
  if (write.op === 'delete') deleteContact(table, contactId);
  else {
    const contact: Contact = {
      id: contactId,
      version: existing?.version ?? 0,
      updatedAt: new Date(now()).toISOString(),
      deleted: false,
      ...write.input,
      // The form's rules give each phone its display form; a number is shown as is should one lack it.
      phones: (write.input.phones ?? []).map((phone) => ({ ...phone, display: phone.display ?? phone.number })),
    };
    putContact(table, toStoredContact(contact, write.op === 'create' || existing?.local === true));
  }
  await saveTable(chunks, tx.objectStore('views'), table);
  if (!deps.localOnly) entry.seq = await tx.objectStore('outbox').add(entry);
  await tx.done;
  return entry;
}

/** Delay before retry number `attempts` (1, 2, …): doubling from 2 s up to 5 min, with ±50 % jitter. */
export function backoffMs(attempts: number, random: () => number): number {
  const base = Math.min(5 * 60_000, 2_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base / 2 + random() * base);
}

/** The entry to push next (the oldest), and how many are waiting; none once the outbox is empty. */
export async function nextOutboxEntry(db: ContactsDb): Promise<{ entry: OutboxEntry; waiting: number } | null> {
  const entry = (await db.getAll('outbox', undefined, 1))[0];
  return entry ? { entry, waiting: await db.count('outbox') } : null;
}

/** The entry with this `seq` while it still waits in the outbox. */
export function readOutboxEntry(db: ContactsDb, seq: number): Promise<OutboxEntry | undefined> {
  return db.get('outbox', seq);
}

/** Stores an entry's new attempt count, retry time and last error. */
export async function postponeEntry(db: ContactsDb, entry: OutboxEntry) {
  await db.put('outbox', entry);
}

/** What the server answered to a pushed write: the contact's id and version, and how to store it (null: deleted). */
interface DeliveredWrite {
  id: string;
  version: number;
  stored: StoredContact | null;
}

/** The server applied the write: drops the entry, stores its answer, and points later entries at the new id and version. */
export async function deliverEntry(db: ContactsDb, entry: OutboxEntry, result: DeliveredWrite) {
  const tx = db.transaction(['outbox', 'chunks', 'views'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const chunks = tx.objectStore('chunks');
  await outbox.delete(entry.seq!);
  for (const later of await outbox.getAll()) {
    if (later.contactId !== entry.contactId) continue;
    await outbox.put({ ...later, contactId: result.id, baseVersion: result.version });
  }
  const table = await loadTable(chunks, tx.objectStore('views'));
  if (entry.contactId !== result.id) deleteContact(table, entry.contactId);
  if (result.stored === null) deleteContact(table, result.id);
  else putContact(table, result.stored);
  await saveTable(chunks, tx.objectStore('views'), table);
  await tx.done;
}

/**
 * The server refused the write for good (409, 422, 404…): drops the entry, records `conflict` for the admin, and
 * keeps the server's version of the contact (`server`: stored, or the id of a deleted one). A refused create leaves
 * no local copy behind.
 */
export async function refuseEntry(db: ContactsDb, conflict: Omit<ConflictRecord, 'id'>, server: StoredContact | string | null) {
  const { entry } = conflict;
  const tx = db.transaction(['outbox', 'chunks', 'views', 'conflicts'], 'readwrite');
  await tx.objectStore('outbox').delete(entry.seq!);
  await tx.objectStore('conflicts').add(conflict);
  const chunks = tx.objectStore('chunks');
  const table = await loadTable(chunks, tx.objectStore('views'));
  if (typeof server === 'string') deleteContact(table, server);
  else if (server !== null) putContact(table, server);
  if (entry.op === 'create') deleteContact(table, entry.contactId);
  await saveTable(chunks, tx.objectStore('views'), table);
  await tx.done;
}
