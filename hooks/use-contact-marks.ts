/**
 * The popup's favourites and recent contacts (issue 13), read from IndexedDB once the popup's database is open, and
 * changed there: star, a call or email made from the popup, clear the recents.
 */
import { useEffect, useState } from 'preact/hooks';
import { reportError } from '../extension/browser/report-error';
import { clearStoredRecents, readContactMarks, recordStoredRecent, toggleStoredFavourite } from '../extension/storage/contact-marks-store';
import type { ContactsDb } from '../extension/storage/db';
import { noMarks, type ContactMarks } from '../lib/marks/contact-marks';

export interface Marks {
  marks: ContactMarks;
  toggleFavourite(id: string): void;
  recordRecent(id: string): void;
  clearRecents(): void;
}

export function useContactMarks(db: ContactsDb | null): Marks {
  const [marks, setMarks] = useState<ContactMarks>(noMarks);
  useEffect(() => {
    if (db) readContactMarks(db).then(setMarks, reportError('reading the favourites and recent contacts'));
  }, [db]);
  const change = (what: string, run: (database: ContactsDb) => Promise<ContactMarks>) => {
    if (db) run(db).then(setMarks, reportError(what));
  };
  return {
    marks,
    toggleFavourite: (id) => change('starring a contact', (database) => toggleStoredFavourite(database, id)),
    // Kept when the link is opened: the popup closes right after, so the write must not wait for anything else.
    recordRecent: (id) => change('keeping a recent contact', (database) => recordStoredRecent(database, id, Date.now())),
    clearRecents: () => change('clearing the recent contacts', (database) => clearStoredRecents(database)),
  };
}
