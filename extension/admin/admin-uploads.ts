/**
 * A CSV or vCard upload (issue 5, issue 13) from the options page, the same in both modes: the browser checks the file with the core
 * against the local copy (the preview), then the import runs on the server (which checks it again, atomically) or,
 * in local mode, in IndexedDB; undo likewise. Server mode ends with a sync, so the popup shows the result at once;
 * if that sync fails, the import still stands and the admin is told why this browser's copy lags (issue 9).
 */
import type { ImportResponse, UndoResponse } from '../../lib/api/api';
import { ApiError, type ApiClient } from '../../lib/api/api-client';
import { checkContactsFile } from '../../lib/import/check-contacts-file';
import type { DuplicatePolicy, ImportReport } from '../../lib/contact/contact';
import type { DirectoryLookup } from '../../lib/contact/directory-lookup';
import type { DirectoryRules } from '../../lib/api/api';
import { readSyncState, type ContactsDb } from '../storage/db';
import { announceDirectoryChange } from '../browser/directory-changes';
import { importCsvLocally } from '../local-mode/local-import';
import { undoLocalImport } from '../local-mode/local-undo-import';
import { sendToBackground } from '../browser/messages';
import { describeError, reportError } from '../browser/report-error';

export interface UploadContext {
  db: ContactsDb;
  /** `null` in local mode. */
  api: ApiClient | null;
  rules: DirectoryRules;
  /** The sync after a server import or undo failed (why): the import stands, this browser's copy is not updated yet. */
  onSyncProblem: (reason: string) => void;
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
  return checkContactsFile(file, {
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
    if (result.importId !== null) announceDirectoryChange({ contacts: true, conflicts: false });
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
  await syncAfter(context, 'the sync after an import');
  onStep('done');
  return result;
}

/** Undoes an import (contacts changed since are left alone and listed). */
export async function undoUpload(context: UploadContext, importId: string): Promise<UndoResponse> {
  if (context.api === null) {
    const result = await undoLocalImport(localDeps(context.db), importId);
    announceDirectoryChange({ contacts: true, conflicts: false });
    return result;
  }
  const result = await context.api.undoImport(importId, { idempotencyKey: crypto.randomUUID() });
  await syncAfter(context, 'the sync after an undo');
  return result;
}

/**
 * Brings the server's change into this browser. Its failure is logged and handed to `onSyncProblem`: the worker's
 * own (it threw), or the server's or network's (recorded in the sync state, `ok: false`).
 */
async function syncAfter(context: UploadContext, what: string) {
  try {
    const report = await sendToBackground('sync-now', undefined);
    if (report.ok) return;
    const lastError = (await readSyncState(context.db)).lastError;
    const reason = lastError ? `${lastError.message} (${lastError.code})` : 'unknown';
    reportError(what)(new Error(reason));
    context.onSyncProblem(reason);
  } catch (error) {
    reportError(what)(error);
    context.onSyncProblem(describeError(error));
  }
}

/** What a local-mode import or undo needs: this browser's clock, ids and phone formatting. */
function localDeps(db: ContactsDb) {
  return { db, now: Date.now, newId: () => crypto.randomUUID() };
}

function isImportResponse(body: unknown): body is ImportResponse {
  return typeof body === 'object' && body !== null && 'rejected' in body && 'ok' in body;
}
