/**
 * The Import section's history (issue 11): in server mode the import batches of the audit log (who, when, how many,
 * undone or not); in local mode the batches this browser keeps for undo.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { AuditLog } from './use-audit-log';
import type { ImportHistoryItem } from '../components/options/import-history';
import { reportError } from '../extension/browser/report-error';
import type { ContactsDb } from '../extension/storage/db';
import { readImportBatches } from '../extension/storage/import-batches';
import { auditImports, undoneImports } from '../lib/audit/audit-facets';

export interface ImportHistoryData {
  items: ImportHistoryItem[] | null;
  problem: string | null;
  /** Reads the local batches again (server mode reads the audit log again through its own hook). */
  reloadLocal: () => void;
}

export function useImportHistory(mode: 'local' | 'server', log: AuditLog, db: ContactsDb | null): ImportHistoryData {
  const [local, setLocal] = useState<ImportHistoryItem[] | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);

  const reloadLocal = useCallback(() => {
    if (mode !== 'local' || db === null) return;
    readImportBatches(db).then(
      (batches) =>
        setLocal(
          batches.map((batch) => ({
            id: batch.id,
            at: batch.at,
            who: null,
            file: batch.file,
            count: batch.created.length + batch.updated.length,
            undone: batch.undoneAt !== undefined,
          })),
        ),
      (error: unknown) => {
        reportError('reading the local import history')(error);
        setLocalProblem(error instanceof Error ? error.message : String(error));
      },
    );
  }, [mode, db]);
  useEffect(reloadLocal, [reloadLocal]);

  const server = useMemo((): ImportHistoryItem[] | null => {
    if (log.state !== 'ready') return null;
    const undone = undoneImports(log.entries);
    return auditImports(log.entries).map((entry) => ({
      id: entry.importId!,
      at: entry.at,
      who: entry.token,
      file: null,
      count: entry.contactIds.length,
      undone: undone.has(entry.importId!),
    }));
  }, [log]);

  if (mode === 'local') return { items: local, problem: localProblem, reloadLocal };
  return { items: server, problem: log.state === 'failed' ? log.reason : null, reloadLocal };
}
