/**
 * CSV import in local mode (issue 5: "everything works in local mode too, undo included"): the same core check as the
 * server (lib/check-contacts-csv.ts) against this browser's directory, applied in one IndexedDB transaction with a
 * batch kept for undo. It answers the server's `ImportResponse`, so the options page treats both modes alike.
 */
import type { ImportResponse } from '../../lib/api/api';
import { checkContactsCsv } from '../../lib/csv/check-contacts-csv';
import type { DuplicatePolicy } from '../../lib/contact/contact';
import { contactWithFields } from '../../lib/contact/contact-with-fields';
import { directoryLookupFromList } from '../../lib/contact/directory-lookup';
import { importCounts } from '../../lib/rules/import-counts';
import { getContact, loadTable, putContact, saveTable, type ContactTable } from '../storage/contact-table';
import type { ContactsDb, LocalImportBatch } from '../storage/db';
import { toStoredContact } from '../storage/stored-contact';

// Undo lives in its own file; the options page imports both from here.
export { LocalUndoError, undoLocalImport, type LocalUndoCode } from './local-undo-import';

/** How many imports this browser can still undo (the newest ones). */
export const KEPT_BATCHES = 20;

export interface LocalImportDeps {
  db: ContactsDb;
  now: () => number;
  /** A fresh unique id (crypto.randomUUID in the browser). */
  newId: () => string;
}

export interface LocalImportOptions {
  onDuplicate: DuplicatePolicy;
  dryRun?: boolean;
  /** From the settings: `''` or null means international numbers only. */
  defaultCountry?: string | null;
  maxContacts?: number;
}


/**
 * Imports a CSV file into the local directory. A refused file (`ok: false`) or a dry run writes nothing and answers
 * `importId: null`; otherwise new lines become local contacts, `updates` replace existing ones (keeping their id),
 * and the batch is recorded so {@link undoLocalImport} can revert it.
 */
export async function importCsvLocally(
  deps: LocalImportDeps,
  file: { name: string; bytes: Uint8Array },
  options: LocalImportOptions,
): Promise<ImportResponse> {
  const { db, now, newId } = deps;
  const { onDuplicate } = options;
  const dryRun = options.dryRun ?? false;
  const tx = db.transaction(['chunks', 'views', 'imports'], 'readwrite');
  const chunks = tx.objectStore('chunks');
  const views = tx.objectStore('views');
  const table = await loadTable(chunks, views);
  // Pure CPU from here to the writes: the transaction stays open, nothing else is awaited.
  const report = checkContactsCsv(file, {
    existing: directoryLookupFromList(allContacts(table)),
    onDuplicate,
    ...(options.defaultCountry ? { defaultCountry: options.defaultCountry } : {}),
    ...(options.maxContacts !== undefined ? { maxContacts: options.maxContacts } : {}),
  });
  let importId: string | null = null;
  if (report.ok && !dryRun) {
    const at = new Date(now()).toISOString();
    const batch: LocalImportBatch = { id: `local-import-${newId()}`, at, file: file.name, created: [], updated: [] };
    for (const line of report.contacts) {
      const contact = contactWithFields({ id: `local-${newId()}`, version: 0, updatedAt: at }, line);
      putContact(table, toStoredContact(contact, true));
      batch.created.push({ id: contact.id, updatedAt: at });
    }
    for (const line of report.updates) {
      const before = getContact(table, line.id);
      // The lookup was built from this very table, inside this transaction: the contact is there.
      if (!before) throw new Error(`Import: contact "${line.id}" vanished from the local directory during the import.`);
      const contact = contactWithFields({ id: before.id, version: before.version, updatedAt: at }, line);
      putContact(table, toStoredContact(contact, before.local === true));
      batch.updated.push({ before, updatedAt: at });
    }
    await tx.objectStore('imports').add(batch);
    await forgetOldBatches(tx.objectStore('imports'));
    importId = batch.id;
  }
  // Also on a dry run or refusal: with nothing changed it writes nothing and hands the cached table back.
  await saveTable(chunks, views, table);
  await tx.done;
  return { ...report, importId, dryRun, onDuplicate, counts: importCounts(report) };
}

/**
 * Keeps the newest {@link KEPT_BATCHES} batches: each holds the ids it created and copies of the contacts it
 * replaced, so an unbounded history would grow the database with every upload. Undo is for a recent mistake.
 */
async function forgetOldBatches(imports: { getAll(): Promise<LocalImportBatch[]>; delete(id: string): Promise<void> }) {
  const batches = await imports.getAll();
  if (batches.length <= KEPT_BATCHES) return;
  batches.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const batch of batches.slice(0, batches.length - KEPT_BATCHES)) await imports.delete(batch.id);
}

function* allContacts(table: ContactTable) {
  for (const chunk of table.chunks.values()) yield* chunk.contacts;
}
