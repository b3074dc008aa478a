/**
 * What the Activity section's filters offer (issue 11), without reading the whole log: the people from the token
 * list (`GET /api/v1/tokens`: every token not revoked), and the latest imports (`GET /api/v1/audit?action=import`).
 * Authors of entries already shown join the people, so a revoked token's writes can be filtered too.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { reportError } from '../extension/browser/report-error';
import type { AuditEntry } from '../lib/api/api';
import type { ApiClient } from '../lib/api/api-client';

/** The imports the filter lists, newest first. */
const IMPORTS_LISTED = 50;

export interface ActivityFacets {
  /** Token names, sorted. */
  people: string[];
  /** Import entries, newest first. */
  imports: AuditEntry[];
  reload: () => void;
}

export function useActivityFacets(api: ApiClient | null, shown: readonly AuditEntry[] | null): ActivityFacets {
  const [tokens, setTokens] = useState<string[]>([]);
  const [imports, setImports] = useState<AuditEntry[]>([]);

  const reload = useCallback(() => {
    if (api === null) return;
    api.listTokens().then((list) => setTokens(list.tokens.map((token) => token.name)), reportError('listing the tokens for the Activity filter'));
    api.auditNewest({ action: 'import', limit: IMPORTS_LISTED }).then((page) => setImports(page.entries), reportError('listing the imports for the Activity filter'));
  }, [api]);
  useEffect(reload, [reload]);

  const people = useMemo(
    () => [...new Set([...tokens, ...(shown ?? []).map((entry) => entry.token)])].sort((a, b) => a.localeCompare(b)),
    [tokens, shown],
  );
  return { people, imports, reload };
}
