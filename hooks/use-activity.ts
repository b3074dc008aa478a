/**
 * Everything the Activity section shows and does (issue 11): its filters, the contacts the contact filter names, the
 * page of the log the server filtered, and what the filters offer.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ApiClient } from '../lib/api/api-client';
import { matchingContacts } from '../lib/audit/matching-contacts';
import { useActivityFacets } from './use-activity-facets';
import { useActivityLog, type ActivityLog } from './use-activity-log';
import type { AuditEntry } from '../lib/api/api';
import type { ContactMatch } from '../lib/audit/matching-contacts';

export interface ActivityFilterText {
  person: string;
  /** What is typed in the contact filter. */
  contact: string;
  importId: string;
}

export interface Activity {
  log: ActivityLog;
  filter: ActivityFilterText;
  setFilter: (change: Partial<ActivityFilterText>) => void;
  /** The contacts the typed text names. */
  contact: ContactMatch;
  people: string[];
  imports: AuditEntry[];
  /** Reads the log and the filters' choices again (after an undo). */
  reload: () => void;
}

export function useActivity(api: ApiClient | null, names: ReadonlyMap<string, string>): Activity {
  const [filter, setFilterState] = useState<ActivityFilterText>({ person: '', contact: '', importId: '' });
  const contact = useMemo(() => matchingContacts(names, filter.contact), [names, filter.contact]);
  const log = useActivityLog(api, { person: filter.person, contact, importId: filter.importId });
  const facets = useActivityFacets(api, log.entries);
  return {
    log,
    filter,
    setFilter: (change) => setFilterState((now) => ({ ...now, ...change })),
    contact,
    people: facets.people,
    imports: facets.imports,
    reload: () => {
      log.reload();
      facets.reload();
    },
  };
}
