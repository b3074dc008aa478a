/**
 * The Import section's history (issue 11): in server mode the latest import batches of the audit log (who, when,
 * which file, how many, undone or not: use-server-imports.ts); in local mode the batches this browser keeps for undo.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ServerImports } from './use-server-imports';
import type { ImportHistoryItem } from '../components/options/import-history';
import { reportError } from '../extension/browser/report-error';
import type { ContactsDb } from '../extension/storage/db';
import { readImportBatches } from '../extension/storage/import-batches';

export interface ImportHistoryData {
  items: ImportHistoryItem[] | null;
  /** Server mode: older imports than those listed exist (the Activity section lists them). */
  more: boolean;
  problem: string | null;
  /** Reads the local batches again (server mode reads the audit log again through its own hook). */
  reloadLocal: () => void;
}

export function useImportHistory(mode: 'local' | 'server', imports: ServerImports, db: ContactsDb | null): ImportHistoryData {
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

  if (mode === 'local') return { items: local, more: false, problem: localProblem, reloadLocal };
  return {
    items: imports.state === 'ready' ? imports.items : null,
    more: imports.state === 'ready' && imports.more,
    problem: imports.state === 'failed' ? imports.reason : null,
    reloadLocal,
  };
}
