/**
 * The Import section's history in server mode (issue 11), from the `import` entries of the audit log
 * (`GET /api/v1/audit?order=desc&action=import`): each carries its batch (file, time, undone or not).
 */
import type { AuditEntry } from '../api/api';

export interface ImportBatchSummary {
  id: string;
  /** ISO 8601. */
  at: string;
  who: string;
  file: string | null;
  count: number;
  undone: boolean;
}

/** The import entries as history rows, in the log's order (newest first as the server sends them). */
export function importBatches(entries: readonly AuditEntry[]): ImportBatchSummary[] {
  return entries.flatMap((entry) =>
    entry.action === 'import' && entry.importId !== null
      ? [
          {
            id: entry.importId,
            at: entry.at,
            who: entry.token,
            file: entry.batch?.file ?? null,
            count: entry.contactIds.length,
            undone: (entry.batch?.undoneAt ?? null) !== null,
          },
        ]
      : [],
  );
}
