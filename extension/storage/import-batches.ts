/**
 * Local-mode imports and their undo (issue 5) change the contacts and the kept import batches in one IndexedDB
 * transaction. This file opens it, so extension/local-mode/ works on a contact table and named batch functions and
 * never calls a store itself (issue 9).
 */
import { reportError } from '../browser/report-error';
import { loadTable, saveTable, type ContactTable } from './contact-table';
import type { ContactsDb, LocalImportBatch } from './db';

/** The kept import batches, inside the transaction. */
interface ImportBatches {
  read(id: string): Promise<LocalImportBatch | undefined>;
  /** Adds a batch (or replaces it: undo marks it undone). */
  write(batch: LocalImportBatch): Promise<void>;
  /** Forgets all but the `count` newest batches. */
  keepNewest(count: number): Promise<void>;
}

interface LocalChange {
  /** The contacts, loaded on first use; written back when `work` ends. */
  table(): Promise<ContactTable>;
  batches: ImportBatches;
}

/**
 * Runs `work` in one transaction over the contacts and the import batches. Between its IndexedDB requests `work`
 * must await nothing else (the transaction would end). If it throws, nothing is written: the transaction is aborted.
 */
export async function changeWithBatches<T>(db: ContactsDb, work: (change: LocalChange) => Promise<T>): Promise<T> {
  const tx = db.transaction(['chunks', 'views', 'imports'], 'readwrite');
  const chunks = tx.objectStore('chunks');
  const views = tx.objectStore('views');
  const imports = tx.objectStore('imports');
  let table: ContactTable | null = null;
  const change: LocalChange = {
    table: async () => (table ??= await loadTable(chunks, views)),
    batches: {
      read: (id) => imports.get(id),
      write: async (batch) => void (await imports.put(batch)),
      async keepNewest(count) {
        const batches = await imports.getAll();
        if (batches.length <= count) return;
        batches.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
        for (const batch of batches.slice(0, batches.length - count)) await imports.delete(batch.id);
      },
    },
  };
  let result: T;
  try {
    result = await work(change);
  } catch (error) {
    // An unchanged table is handed back to the cache (no write); then nothing of this transaction is kept.
    if (table !== null && (table as ContactTable).dirty.size === 0) await saveTable(chunks, views, table);
    tx.abort();
    tx.done.catch((abort: unknown) => {
      if (!(abort instanceof DOMException && abort.name === 'AbortError')) reportError('a local import transaction')(abort);
    });
    throw error;
  }
  if (table !== null) await saveTable(chunks, views, table);
  await tx.done;
  return result;
}

/** The kept local-mode import batches, newest first (the console's import history, issue 11). */
export async function readImportBatches(db: ContactsDb): Promise<LocalImportBatch[]> {
  const batches = await db.getAll('imports');
  return batches.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
