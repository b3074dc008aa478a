/**
 * CSV or vCard import (issue 13) in local mode (issue 5: "everything works in local mode too, undo included"): the same core check as the
 * server (lib/import/check-contacts-file.ts) against this browser's directory, applied in one IndexedDB transaction with a
 * batch kept for undo. It answers the server's `ImportResponse`, so the options page treats both modes alike.
 */
import type { ImportResponse } from '../../lib/api/api';
import { checkContactsFile } from '../../lib/import/check-contacts-file';
import type { DuplicatePolicy } from '../../lib/contact/contact';
import { contactWithFields } from '../../lib/contact/contact-with-fields';
import { directoryLookupFromList } from '../../lib/contact/directory-lookup';
import { importCounts } from '../../lib/rules/import-counts';
import { getContact, putContact, type ContactTable } from '../storage/contact-table';
import type { LocalImportBatch } from '../storage/db';
import { changeWithBatches } from '../storage/import-batches';
import { toStoredContact } from '../storage/stored-contact';
import type { LocalImportDeps } from './local-import-deps';

/**
 * How many imports this browser can still undo (the newest ones): each batch holds the ids it created and copies of
 * the contacts it replaced, so an unbounded history would grow the database with every upload. Undo is for a recent
 * mistake.
 */
export const KEPT_BATCHES = 20;

interface LocalImportOptions {
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
  return changeWithBatches(db, async ({ table: loadTable, batches }) => {
    const table = await loadTable();
    // Pure CPU from here to the writes: the transaction stays open, nothing else is awaited.
    const report = checkContactsFile(file, {
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
      await batches.write(batch);
      await batches.keepNewest(KEPT_BATCHES);
      importId = batch.id;
    }
    // A dry run or a refusal changed nothing: the table is handed back with no write.
    return { ...report, importId, dryRun, onDuplicate, counts: importCounts(report) };
  });
}

function* allContacts(table: ContactTable) {
  for (const chunk of table.chunks.values()) yield* chunk.contacts;
}
