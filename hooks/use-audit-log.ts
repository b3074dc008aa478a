/**
 * The whole audit log, for the Import section's history (issue 11): read from `GET /api/v1/audit` oldest first, page
 * after page (5,000 a page), and turned newest first; `reload` reads it again after an undo. The Activity section
 * reads one filtered page at a time instead (use-activity-log.ts).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { reportError } from '../extension/browser/report-error';
import type { AuditEntry } from '../lib/api/api';
import type { ApiClient } from '../lib/api/api-client';

const PAGE = 5000;

export type AuditLog =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; entries: AuditEntry[] };

export function useAuditLog(api: ApiClient | null): { log: AuditLog; reload: () => void } {
  const [log, setLog] = useState<AuditLog>({ state: 'loading' });

  const reload = useCallback(() => {
    if (api === null) return;
    void (async () => {
      const entries: AuditEntry[] = [];
      for (let cursor = '', more = true; more; ) {
        const page = await api.audit(cursor, PAGE);
        entries.push(...page.entries);
        cursor = page.cursor;
        more = page.more;
      }
      setLog({ state: 'ready', entries: entries.reverse() });
    })().catch((error: unknown) => {
      reportError('reading the audit log')(error);
      setLog({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
    });
  }, [api]);

  useEffect(reload, [reload]);
  return { log, reload };
}
