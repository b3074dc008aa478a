/**
 * The (email, phone) → contact index a PostgreSQL transaction answers `Tx.lookup()` from (see store.ts: the core's
 * duplicate rules ask synchronously, line by line, so a networked database cannot be asked each time).
 *
 * One index per store, kept across transactions: it holds every live contact up to change `seq`. A write
 * transaction, once it holds the writer lock, loads only the changes after `seq` (rows whose seq is above it: a
 * changed contact moves to a new seq, a deleted one stays as a tombstone). As writers are serialised and seqs are
 * taken under the lock, that delta is exact: no committed change can sit below `seq` unseen. The transaction's own
 * writes are applied as they happen (it sees them, as SQLite's do) and undone if it rolls back.
 */
import type { Contact } from '../../../lib/contact/contact';
import type { DirectoryLookup, ExistingContact } from '../../../lib/contact/directory-lookup';

interface Entry {
  seq: number;
  contact: ExistingContact;
}

/** What `apply` replaced, so a rolled back transaction can put it back. */
export type Undo = { id: string; previous: Entry | undefined };

export class LookupIndex implements DirectoryLookup {
  /** Every change up to this seq is in the index. */
  seq = 0;
  private byId = new Map<string, Entry>();
  private byEmail = new Map<string, Set<string>>();
  private byPhone = new Map<string, Set<string>>();

  /** Records the contact's state as of change `seq`; returns what to restore on rollback. */
  apply(contact: Contact, seq: number): Undo {
    const previous = this.byId.get(contact.id);
    this.set(contact.id, contact.deleted ? undefined : { seq, contact: existing(contact) });
    return { id: contact.id, previous };
  }

  /** Forgets everything (the database went back in time: restored from a backup). */
  clear(): void {
    this.seq = 0;
    this.byId.clear();
    this.byEmail.clear();
    this.byPhone.clear();
  }

  undo(undo: Undo): void {
    this.set(undo.id, undo.previous);
  }

  findByEmail(email: string): ExistingContact | undefined {
    return this.oldestFirst(this.byEmail.get(email.toLowerCase()))[0];
  }

  findByPhone(number: string): ExistingContact[] {
    return this.oldestFirst(this.byPhone.get(number));
  }

  private oldestFirst(ids: Set<string> | undefined): ExistingContact[] {
    if (ids === undefined) return [];
    const entries = [...ids].map((id) => this.byId.get(id)!);
    return entries.sort((a, b) => a.seq - b.seq).map((entry) => entry.contact);
  }

  private set(id: string, entry: Entry | undefined): void {
    const old = this.byId.get(id);
    if (old) {
      if (old.contact.email !== undefined) remove(this.byEmail, old.contact.email, id);
      for (const phone of old.contact.phones) remove(this.byPhone, phone.number, id);
      this.byId.delete(id);
    }
    if (!entry) return;
    this.byId.set(id, entry);
    if (entry.contact.email !== undefined) add(this.byEmail, entry.contact.email, id);
    for (const phone of entry.contact.phones) add(this.byPhone, phone.number, id);
  }
}

function existing(contact: Contact): ExistingContact {
  // As the SQLite store gives it (emails are lower-cased at write time), so both stores answer the same hints.
  return { id: contact.id, name: contact.name, email: contact.email, phones: contact.phones };
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

function remove(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) map.delete(key);
}
