/**
 * The Activity section's log (issue 11): newest first, filtered by the server (`GET /api/v1/audit?order=desc`, by
 * person, contacts and import), 25 entries a page; `loadMore` appends the next page, `reload` starts over (after an
 * undo). An answer to filters that changed meanwhile is dropped, so a quick typist never sees a stale list.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { reportError } from '../extension/browser/report-error';
import type { AuditEntry, AuditQuery } from '../lib/api/api';
import type { ApiClient } from '../lib/api/api-client';
import type { ContactMatch } from '../lib/audit/matching-contacts';

export const ACTIVITY_PAGE = 25;

export interface ActivityFilter {
  /** A token name; '' for everyone. */
  person: string;
  contact: ContactMatch;
  /** An import id (the import and its undo); '' for any write. */
  importId: string;
}

export interface ActivityLog {
  /** Newest first; null while the first page loads. */
  entries: AuditEntry[] | null;
  /** How many entries pass the filters. */
  total: number;
  more: boolean;
  loadingMore: boolean;
  problem: string | null;
  loadMore: () => void;
  reload: () => void;
}

interface Loaded {
  entries: AuditEntry[] | null;
  total: number;
  cursor: string;
  more: boolean;
}

const EMPTY: Loaded = { entries: [], total: 0, cursor: '', more: false };

/** The server's query for the filters; null when no entry can pass (no contact matches, or too many to ask for). */
function queryOf(filter: ActivityFilter): Omit<AuditQuery, 'order' | 'since' | 'before'> | null {
  if (filter.contact.kind === 'none' || filter.contact.kind === 'too-many') return null;
  return {
    limit: ACTIVITY_PAGE,
    ...(filter.person === '' ? {} : { token: filter.person }),
    ...(filter.contact.kind === 'ids' ? { contact: filter.contact.ids.join(',') } : {}),
    ...(filter.importId === '' ? {} : { import: filter.importId }),
  };
}

export function useActivityLog(api: ApiClient | null, filter: ActivityFilter): ActivityLog {
  const [loaded, setLoaded] = useState<Loaded>({ ...EMPTY, entries: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Each load is numbered: an answer to an older one (other filters, or before a reload) is dropped.
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const failed = (error: unknown) => {
    reportError('reading the activity')(error);
    setProblem(error instanceof Error ? error.message : String(error));
  };

  const reload = useCallback(() => {
    if (api === null) return;
    const mine = ++generation.current;
    const query = queryOf(filter);
    setProblem(null);
    setLoadingMore(false);
    if (query === null) {
      setLoaded(EMPTY);
      return;
    }
    setLoaded({ ...EMPTY, entries: null });
    api.auditNewest(query).then((page) => {
      if (mine !== generation.current) return;
      setLoaded({ entries: page.entries, total: page.total ?? page.entries.length, cursor: page.cursor, more: page.more });
    }, (error: unknown) => mine === generation.current && failed(error));
    // Keyed on the filter's value (`key`), not the object: a render with the same filters loads nothing again.
  }, [api, key]);
  useEffect(reload, [reload]);

  const loadMore = () => {
    const query = queryOf(filter);
    if (api === null || query === null || !loaded.more || loadingMore || loaded.entries === null) return;
    const mine = generation.current;
    setLoadingMore(true);
    api.auditNewest({ ...query, before: loaded.cursor }).then(
      (page) => {
        if (mine !== generation.current) return;
        setLoaded((now) => ({ entries: [...(now.entries ?? []), ...page.entries], total: page.total ?? now.total, cursor: page.cursor, more: page.more }));
        setLoadingMore(false);
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setLoadingMore(false);
        failed(error);
      },
    );
  };

  return { ...loaded, loadingMore, problem, loadMore, reload };
}
