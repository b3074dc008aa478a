/**
 * The popup's data: contacts straight from IndexedDB (no round trip through the worker, which may be asleep, and no
 * copying 10,000 contacts through messages), the search index built from their stored keys, the settings, and a
 * sync asked of the background at open. Read again after every sync that changed the directory, whoever started
 * it (issue 9, defect 1: a popup opened during a connection's first sync shows the contacts as they arrive).
 */
import { useEffect, useState } from 'preact/hooks';
import { readAllContacts, readFirstScreen } from '../extension/storage/contact-table';
import { openContactsDb, readSyncState, type ContactsDb, type ShownContact, type SyncState } from '../extension/storage/db';
import { watchDirectoryChanges } from '../extension/browser/directory-changes';
import { sendToBackground } from '../extension/browser/messages';
import { reportError } from '../extension/browser/report-error';
import { readPopupSnapshot, writePopupSnapshot } from '../extension/storage/popup-snapshot';
import { loadSettings } from '../extension/storage/settings-storage';
import { createSyncRunner } from '../extension/sync/sync-runner';
import { createContactSearch } from '../lib/search/search-contacts';
import { buildSearchIndex } from '../lib/search/search-index';
import type { Settings } from '../lib/settings/settings';

// Started when the script loads, before the first render: the first screen (a small record the worker keeps) is
// what the user waits for; the whole directory is read and indexed right after it is painted.
performance.mark('popup-script');
const opening = openContactsDb();
const firstScreen = opening.then(readFirstScreen).finally(() => performance.mark('popup-first-read'));
const settingsLoading = loadSettings().finally(() => performance.mark('popup-settings-read'));
// What the last popup showed first: painted by the first render, then replaced by the fresh reads.
const snapshot = readPopupSnapshot();

interface Directory {
  contacts: ShownContact[];
  search: ((text: string) => Uint32Array) | null;
  settings: Settings | null;
  syncState: SyncState | null;
  syncing: boolean;
  sync: () => void;
  /** The open database, for the favourites and recents (null until open). */
  db: ContactsDb | null;
}

export function useDirectory(): Directory {
  const [contacts, setContacts] = useState<ShownContact[]>(snapshot?.contacts ?? []);
  const [search, setSearch] = useState<Directory['search']>(null);
  const [settings, setSettings] = useState<Settings | null>(snapshot?.settings ?? null);
  const [syncState, setSyncState] = useState<SyncState | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [db, setDb] = useState<ContactsDb | null>(null);

  // One read at a time: the worker's news of a sync and this popup's own sync report may ask at once; they share a read.
  const [readAll] = useState(() =>
    createSyncRunner(async () => {
      const database = await opening;
      const all = await readAllContacts(database);
      const index = buildSearchIndex(all.map((contact) => contact.key));
      // The keys now live in the index: dropping them keeps 100,000 contacts under the 100 MB.
      setContacts(all.map(({ key: _key, ...shown }) => shown));
      setSearch(() => createContactSearch(index));
      setSyncState(await readSyncState(database));
    }),
  );

  const sync = async (database: ContactsDb) => {
    setSyncing(true);
    try {
      // A run that changed the directory is announced by the worker, whoever asked for it, and the listener below
      // reads it again: reading here too would read and index the whole directory twice.
      await sendToBackground('sync-now', undefined);
    } catch (error) {
      // The server's and the network's failures are in the sync state, read below; this is the worker's own.
      reportError('the sync the popup asked for')(error);
    } finally {
      setSyncState(await readSyncState(database));
      setSyncing(false);
    }
  };

  useEffect(() => {
    // Listening before the first read: a sync that ends after it started is read again, one that ended before is in it.
    const stop = watchDirectoryChanges(() => void readAll().catch(reportError('reading the directory after a sync')));
    (async () => {
      const [database, loaded, first] = await Promise.all([opening, settingsLoading, firstScreen]);
      setSettings(loaded);
      setDb(database);
      setContacts(first);
      // Until the whole directory is read, typing searches the first screen rather than ignoring the query.
      const firstIndex = buildSearchIndex(first.map((contact) => contact.key));
      setSearch(() => createContactSearch(firstIndex));
      performance.mark('popup-first-screen');
      writePopupSnapshot(loaded, first);
      setSyncState(await readSyncState(database));
      await readAll();
      performance.mark('popup-all-indexed');
      await sync(database);
    })().catch(reportError('reading the directory at open'));
    return stop;
  }, []);

  return { contacts, search, settings, syncState, syncing, sync: () => db && void sync(db), db };
}
