/**
 * A CSV upload from the options page (issue 5), the same in both modes: the browser checks the file with the core
 * against the local copy (the preview), then the import runs on the server (which checks it again, atomically) or,
 * in local mode, in IndexedDB; undo likewise. Server mode ends with a sync, so the popup shows the result at once.
 */
import type { ImportResponse, UndoResponse } from '../../lib/api/api';
import { ApiError, type ApiClient } from '../../lib/api/api-client';
import { checkContactsCsv } from '../../lib/csv/check-contacts-csv';
import type { DuplicatePolicy, ImportReport } from '../../lib/contact/contact';
import type { DirectoryLookup } from '../../lib/contact/directory-lookup';
import type { DirectoryRules } from '../../lib/api/api';
import type { ContactsDb } from '../storage/db';
import { importCsvLocally, undoLocalImport } from '../local-mode/local-import';
import { sendToBackground } from '../browser/messages';

export interface UploadContext {
  db: ContactsDb;
  /** `null` in local mode. */
  api: ApiClient | null;
  rules: DirectoryRules;
}

export interface CsvFile {
  name: string;
  bytes: Uint8Array;
}

/** The steps the progress bar shows. */
export type UploadStep = 'sending' | 'syncing' | 'done';

/**
 * The preview: the file checked by the core against the local copy of the directory (`existing`, the options page
 * keeps it indexed in memory), under the directory's rules.
 */
export function previewUpload(context: UploadContext, file: CsvFile, onDuplicate: DuplicatePolicy, existing: DirectoryLookup): ImportReport {
  return checkContactsCsv(file, {
    existing,
    onDuplicate,
    maxContacts: context.rules.maxContacts,
    defaultCountry: context.rules.defaultCountry ?? undefined,
  });
}

/** Imports the file for real. A file the server refuses answers its report (not an exception). */
export async function runUpload(
  context: UploadContext,
  file: CsvFile,
  onDuplicate: DuplicatePolicy,
  onStep: (step: UploadStep) => void,
): Promise<ImportResponse> {
  onStep('sending');
  if (context.api === null) {
    const options = { onDuplicate, maxContacts: context.rules.maxContacts, defaultCountry: context.rules.defaultCountry ?? undefined };
    const result = await importCsvLocally(localDeps(context.db), file, options);
    onStep('done');
    return result;
  }
  let result: ImportResponse;
  try {
    result = await context.api.importCsv(file.name, file.bytes, { onDuplicate, idempotencyKey: crypto.randomUUID() });
  } catch (error) {
    if (error instanceof ApiError && error.status === 422 && isImportResponse(error.body)) return error.body;
    throw error;
  }
  onStep('syncing');
  await sendToBackground('sync-now', undefined).catch(() => undefined);
  onStep('done');
  return result;
}

/** Undoes an import (contacts changed since are left alone and listed). */
export async function undoUpload(context: UploadContext, importId: string): Promise<UndoResponse> {
  if (context.api === null) {
    return undoLocalImport(localDeps(context.db), importId);
  }
  const result = await context.api.undoImport(importId, { idempotencyKey: crypto.randomUUID() });
  await sendToBackground('sync-now', undefined).catch(() => undefined);
  return result;
}

/** What a local-mode import or undo needs: this browser's clock, ids and phone formatting. */
function localDeps(db: ContactsDb) {
  return { db, now: Date.now, newId: () => crypto.randomUUID() };
}

function isImportResponse(body: unknown): body is ImportResponse {
  return typeof body === 'object' && body !== null && 'rejected' in body && 'ok' in body;
}
