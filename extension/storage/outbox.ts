/**
 * The outbox of pending admin writes (issue 4): the next issue's admin screens call `enqueue`; the sync engine
 * pushes entries in order. The contact is updated locally at once, so the admin sees the change before it syncs.
 */
import type { ContactInput } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { deleteContact, getContact, loadTable, putContact, saveTable } from './contact-table';
import type { ContactsDb, OutboxEntry, OutboxOperation } from './db';
import { toStoredContact } from './stored-contact';

export interface EnqueueDeps {
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
      phones: write.input.phones ?? [],
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
