/**
 * The options page's view of the local copy (issue 5): every contact sorted, a search over them, a duplicate look-up
 * that leaves out the contact being edited, and the writes the server refused. Read again after each change, after
 * every sync that changed the directory (issue 9, defect 1: the worker tells the page, whoever started the sync), and
 * when the page comes back into view.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { watchDirectoryChanges } from '../extension/browser/directory-changes';
import { reportError } from '../extension/browser/report-error';
import { dismissConflict as forgetConflict, readConflicts } from '../extension/storage/conflicts';
import { readContactsSorted } from '../extension/storage/contact-table';
import { openContactsDb, type ConflictRecord, type ContactsDb, type StoredContact } from '../extension/storage/db';
import type { ContactFields } from '../lib/contact/contact';
import { directoryLookupFromList, lookupExcluding, type DirectoryLookup } from '../lib/contact/directory-lookup';
import { findDuplicate, type DuplicateMatch } from '../lib/contact/find-duplicate';
import { createContactSearch } from '../lib/search/search-contacts';
import { buildSearchIndex } from '../lib/search/search-index';
import { createSyncRunner } from '../extension/sync/sync-runner';

const opening = openContactsDb();

export interface AdminDirectory {
  db: ContactsDb | null;
  contacts: StoredContact[];
  search: ((text: string) => Uint32Array) | null;
  conflicts: ConflictRecord[];
  /** The local copy indexed by email and phone, for duplicates. */
  lookup: DirectoryLookup;
  reload: () => Promise<void>;
  /** The contact `fields` duplicates, `exceptId` (the contact being edited) left out. */
  duplicateOf: (fields: ContactFields, exceptId: string | null) => DuplicateMatch | null;
  dismissConflict: (conflict: ConflictRecord) => Promise<void>;
}

export function useAdminDirectory(): AdminDirectory {
  const [db, setDb] = useState<ContactsDb | null>(null);
  const [contacts, setContacts] = useState<StoredContact[]>([]);
  const [conflicts, setConflicts] = useState<ConflictRecord[]>([]);

  // One read at a time: a save's own reload and the worker's news of the sync that pushed it share a read. A failed
  // read is logged, and the page keeps what it showed.
  const [reload] = useState(() => {
    const read = createSyncRunner(async () => {
      const database = await opening;
      setDb(database);
      setContacts(await readContactsSorted(database));
      setConflicts(await readConflicts(database));
    });
    return () => read().catch(reportError('reading the directory'));
  });

  useEffect(() => {
    // Listening before the first read: a sync that ends after it started is read again, one that ended before is in it.
    const stop = watchDirectoryChanges(() => void reload());
    void reload();
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  // Built on the first search, not on every reload: each save reloads the contacts, and indexing 100,000 takes ~1 s.
  const search = useMemo(() => {
    if (contacts.length === 0) return null;
    let built: ((text: string) => Uint32Array) | null = null;
    return (text: string) => (built ??= createContactSearch(buildSearchIndex(contacts.map((c) => c.key))))(text);
  }, [contacts]);
  const lookup = useMemo(() => directoryLookupFromList(contacts), [contacts]);

  const duplicateOf = useCallback(
    (fields: ContactFields, exceptId: string | null) => findDuplicate(fields, exceptId === null ? lookup : lookupExcluding(lookup, exceptId)),
    [lookup],
  );

  const dismissConflict = useCallback(
    async (conflict: ConflictRecord) => {
      const database = await opening;
      await forgetConflict(database, conflict);
      setConflicts(await readConflicts(database));
    },
    [],
  );

  return { db, contacts, search, conflicts, lookup, reload, duplicateOf, dismissConflict };
}
