/**
 * What the options page's admin sections do (issue 5), as props for components/options/admin-sections.tsx, which
 * calls no adapter itself (issue 9): saves through the worker, uploads and undos (extension/admin/admin-uploads.ts),
 * and the files it downloads.
 */
import { useState } from 'preact/hooks';
import type { AdminDirectory } from './use-admin-directory';
import { previewUpload, runUpload, undoUpload, type CsvFile, type UploadContext, type UploadStep } from '../extension/admin/admin-uploads';
import { downloadText } from '../extension/browser/download';
import { sendToBackground, type SaveOutcome } from '../extension/browser/messages';
import type { Write } from '../extension/storage/outbox';
import type { DirectoryRules, ImportResponse, UndoResponse } from '../lib/api/api';
import type { ApiClient } from '../lib/api/api-client';
import type { DuplicatePolicy, ImportReport } from '../lib/contact/contact';
import { csvTemplate } from '../lib/csv/csv-template';
import { rejectedLinesCsv } from '../lib/csv/rejected-lines-csv';
import { exportContactsCsv } from '../lib/export/export-contacts-csv';
import { exportContactsVcard } from '../lib/export/export-contacts-vcard';
import type { Locale } from '../lib/messages/messages';

interface UploadActions {
  preview: (file: CsvFile, policy: DuplicatePolicy) => Promise<ImportReport>;
  upload: (file: CsvFile, policy: DuplicatePolicy, onStep: (step: UploadStep) => void) => Promise<ImportResponse>;
  undo: (importId: string) => Promise<UndoResponse>;
  downloadRejected: (file: CsvFile, report: ImportReport) => void;
}

export interface AdminActions {
  /** Sends the write to the worker (outbox, then the server), then reads the directory again. */
  save: (write: Write) => Promise<SaveOutcome>;
  /** `null` until the database is open. */
  uploads: UploadActions | null;
  exportContacts: (format: 'csv' | 'vcard') => void;
  downloadTemplate: (language: 'en' | 'fr') => void;
  /** Why the sync after the last server import or undo failed (the import stands); `null` when it did not. */
  syncProblem: string | null;
}

export function useAdminActions(directory: AdminDirectory, api: ApiClient | null, rules: DirectoryRules, locale: Locale): AdminActions {
  const [syncProblem, setSyncProblem] = useState<string | null>(null);

  const save = async (write: Write) => {
    const outcome = await sendToBackground('save', write);
    await directory.reload();
    return outcome;
  };

  const context: UploadContext | null = directory.db ? { db: directory.db, api, rules, onSyncProblem: setSyncProblem } : null;
  const uploads: UploadActions | null = context && {
    preview: async (file, policy) => previewUpload(context, file, policy, directory.lookup),
    upload: (file, policy, onStep) => {
      setSyncProblem(null);
      return runUpload(context, file, policy, onStep);
    },
    undo: (importId) => {
      setSyncProblem(null);
      return undoUpload(context, importId);
    },
    downloadRejected: (file, report) => downloadText(rejectedName(file.name), rejectedLinesCsv(file, report, locale), 'text/csv;charset=utf-8'),
  };

  return {
    save,
    uploads,
    exportContacts: (format) =>
      format === 'csv'
        ? downloadText('company-contacts.csv', exportContactsCsv(directory.contacts), 'text/csv;charset=utf-8')
        : downloadText('company-contacts.vcf', exportContactsVcard(directory.contacts), 'text/vcard;charset=utf-8'),
    downloadTemplate: (language) => downloadText(`company-contacts-template-${language}.csv`, csvTemplate(language), 'text/csv;charset=utf-8'),
    syncProblem,
  };
}

function rejectedName(fileName: string): string {
  return `${fileName.replace(/\.csv$/i, '')}-rejected.csv`;
}
