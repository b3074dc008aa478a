/**
 * The latest imports of the server (issue 11), for the Import section's history: one page of the audit log's
 * `import` entries, newest first, filtered by the server (`action=import`); `reload` reads it again after an import
 * or an undo. Older imports are in the Activity section, which pages through them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { reportError } from '../extension/browser/report-error';
import type { ApiClient } from '../lib/api/api-client';
import { importBatches, type ImportBatchSummary } from '../lib/audit/import-batches';

/** How many imports the history lists. */
export const IMPORTS_LISTED = 100;

export type ServerImports =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; items: ImportBatchSummary[]; more: boolean };

export function useServerImports(api: ApiClient | null): { imports: ServerImports; reload: () => void } {
  const [imports, setImports] = useState<ServerImports>({ state: 'loading' });

  const reload = useCallback(() => {
    if (api === null) return;
    api.auditNewest({ action: 'import', limit: IMPORTS_LISTED }).then(
      (page) => setImports({ state: 'ready', items: importBatches(page.entries), more: page.more }),
      (error: unknown) => {
        reportError('reading the import history')(error);
        setImports({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [api]);

  useEffect(reload, [reload]);
  return { imports, reload };
}
