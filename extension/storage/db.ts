/**
 * The only file that opens IndexedDB (STYLE.md). The extension's local copy of the directory, the sync state and
 * the outbox of pending admin writes live here, so a worker stopped by the browser resumes where it was (issue 4).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ContactInput } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { buildSearchKey, type SearchKey } from '../../lib/search/search-key';

/** A contact as the extension keeps it: normalised at write time for the popup (search key; phones carry `display`). */
export interface StoredContact extends Contact {
  key: SearchKey;
  /** Created in this browser and not yet on the server (local mode, or an outbox create not yet pushed). */
  local?: boolean;
}

/** A contact as the popup keeps it once indexed: its search key lives on in the index only (memory). */
export type ShownContact = Omit<StoredContact, 'key'>;

export interface SyncState {
  /** The server this copy comes from (`''` in local mode). */
  serverUrl: string;
  /** Change-feed cursor of the last page stored; `''` means from the start. */
  cursor: string;
  /** When the feed was last read to its end (ms since epoch). */
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: { code: string; message: string; at: number } | null;
}

export type OutboxOperation = 'create' | 'update' | 'delete';

/** A pending admin write. Entries are pushed in `seq` order; the idempotency key makes a retry apply once. */
export interface OutboxEntry {
  seq?: number;
  op: OutboxOperation;
  idempotencyKey: string;
  /** The contact's id (a local id for a create until the server answers). */
  contactId: string;
  /** The version the admin edited (update, delete): sent as `If-Match`. */
  baseVersion?: number;
  input?: ContactInput;
  enqueuedAt: number;
  attempts: number;
  /** Not before this time (ms since epoch): exponential backoff with jitter. */
  nextAttemptAt: number;
  lastError?: string;
}

/** A write the server refused (409 conflict, 422 invalid…), kept to show the admin. */
export interface ConflictRecord {
  id?: number;
  at: number;
  entry: OutboxEntry;
  status: number;
  code: string;
  message: string;
  /** The contact as the server holds it now (409). */
  serverContact?: Contact;
}

/** Up to `CHUNK_SIZE` contacts in one record (see contact-table.ts). */
export interface ContactChunk {
  id: number;
  contacts: StoredContact[];
}

interface FirstScreen {
  /** Bumped by every write of the contacts, so a cached copy of the chunks knows whether it is current. */
  generation: number;
  contacts: StoredContact[];
}

/**
 * One CSV import in local mode (issue 5), kept so it can be undone: what it created, and each contact it replaced as
 * it was before. `updatedAt` is what the import wrote: a contact whose `updatedAt` differs was changed since.
 */
export interface LocalImportBatch {
  id: string;
  /** ISO 8601. */
  at: string;
  file: string;
  created: { id: string; updatedAt: string }[];
  updated: { before: StoredContact; updatedAt: string }[];
  /** ISO 8601; set once the batch is undone. */
  undoneAt?: string;
}

export interface ContactsDbSchema extends DBSchema {
  chunks: { key: number; value: ContactChunk };
  /** Small read models for the popup: `first-screen` is the first contacts alphabetically, kept by each write. */
  views: { key: 'first-screen'; value: FirstScreen };
  sync: { key: 'state'; value: SyncState };
  outbox: { key: number; value: OutboxEntry };
  conflicts: { key: number; value: ConflictRecord };
  /** Local-mode import batches, for undo (version 2). */
  imports: { key: string; value: LocalImportBatch };
  /** Favourites and recent contacts, one record under `marks` (version 5, issue 13); read back through lib/marks. */
  marks: { key: 'marks'; value: unknown };
}

export type ContactsDb = IDBPDatabase<ContactsDbSchema>;

const DB_NAME = 'company-contacts';
const DB_VERSION = 5;

/** Opens (and creates or upgrades) the database. */
export function openContactsDb(name = DB_NAME): Promise<ContactsDb> {
  return openDB<ContactsDbSchema>(name, DB_VERSION, { upgrade });
}

/** Every schema version's changes, in order; a later version adds a step, never edits one. */
function upgrade(db: ContactsDb, oldVersion: number, _newVersion: number | null, transaction: UpgradeTransaction) {
  if (oldVersion < 1) {
    db.createObjectStore('chunks', { keyPath: 'id' });
    db.createObjectStore('views');
    db.createObjectStore('sync');
    db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    db.createObjectStore('conflicts', { keyPath: 'id', autoIncrement: true });
  }
  if (oldVersion < 2) {
    db.createObjectStore('imports', { keyPath: 'id' });
  }
  if (oldVersion < 5) {
    db.createObjectStore('marks');
  }
  // Each rewrite of the stored contacts starts when the previous one ends, so neither overwrites the other's change.
  let rewriting = Promise.resolve();
  if (oldVersion >= 1 && oldVersion < 3) rewriting = movePhoneDisplay(transaction);
  if (oldVersion >= 1 && oldVersion < 4) void rewriting.then(() => rebuildSearchKeys(transaction));
}

type UpgradeTransaction = IDBPTransaction<ContactsDbSchema, StoreNames<ContactsDbSchema>[], 'versionchange'>;

/** A contact stored before version 3: each phone's display form in a `display` array beside `phones`. */
type OldContact = Omit<StoredContact, 'phones'> & { phones: { type: Contact['phones'][number]['type']; number: string; display?: string }[]; display?: string[] };

/** Version 3 (issue 9): the display form travels with each phone; a contact of an older version moves it there. */
function withPhoneDisplay<T extends Contact>(old: T): T {
  const { display, ...contact } = old as unknown as OldContact;
  const phones = contact.phones.map((phone, k) => ({ ...phone, display: phone.display ?? display?.[k] ?? phone.number }));
  return { ...contact, phones } as unknown as T;
}

/** Rewrites every stored contact (chunks, first screen, local import batches) once, inside the upgrade transaction. */
async function movePhoneDisplay(transaction: UpgradeTransaction): Promise<void> {
  for (let cursor = await transaction.objectStore('chunks').openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, contacts: cursor.value.contacts.map(withPhoneDisplay) });
  }
  const views = transaction.objectStore('views');
  const first = await views.get('first-screen');
  if (first) await views.put({ ...first, contacts: first.contacts.map(withPhoneDisplay) }, 'first-screen');
  for (let cursor = await transaction.objectStore('imports').openCursor(); cursor; cursor = await cursor.continue()) {
    const updated = cursor.value.updated.map((item) => ({ ...item, before: withPhoneDisplay(item.before) }));
    await cursor.update({ ...cursor.value, updated });
  }
}

/** Version 4 (issue 14): a search key knows where the email's local part ends (`yan.liu5` ranks first); rebuild them. */
async function rebuildSearchKeys(transaction: UpgradeTransaction): Promise<void> {
  for (let cursor = await transaction.objectStore('chunks').openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update({ ...cursor.value, contacts: cursor.value.contacts.map((contact) => ({ ...contact, key: buildSearchKey(contact) })) });
  }
}

export const emptySyncState: SyncState = { serverUrl: '', cursor: '', lastSuccessAt: null, lastAttemptAt: null, lastError: null };

/** The sync state, or the empty one before the first sync. */
export async function readSyncState(db: ContactsDb): Promise<SyncState> {
  return (await db.get('sync', 'state')) ?? { ...emptySyncState };
}
