/**
 * Favourites and recents in IndexedDB (issue 13), one record in the `marks` store. IndexedDB rather than the settings
 * module: they are ids of this local copy's contacts, so they are dropped in the same transaction as the copy when
 * the server changes (sync-state.ts), the popup reads them alongside the contacts from the database it already
 * opened, and the settings stay what the user configures.
 */
import { addRecent, readMarks, toggleFavourite, type ContactMarks } from '../../lib/marks/contact-marks';
import type { ContactsDb } from './db';

const KEY = 'marks';

export async function readContactMarks(db: ContactsDb): Promise<ContactMarks> {
  return readMarks(await db.get('marks', KEY));
}

/** Applies `change` to the stored marks in one read-write transaction (nothing else awaited inside). */
async function changeMarks(db: ContactsDb, change: (marks: ContactMarks) => ContactMarks): Promise<ContactMarks> {
  const tx = db.transaction('marks', 'readwrite');
  const next = change(readMarks(await tx.store.get(KEY)));
  await tx.store.put(next, KEY);
  await tx.done;
  return next;
}

export function toggleStoredFavourite(db: ContactsDb, id: string): Promise<ContactMarks> {
  return changeMarks(db, (marks) => ({ ...marks, favourites: toggleFavourite(marks.favourites, id) }));
}

/** Keeps a call or an email to contact `id`, at `at` (ms since epoch). */
export function recordStoredRecent(db: ContactsDb, id: string, at: number): Promise<ContactMarks> {
  return changeMarks(db, (marks) => ({ ...marks, recents: addRecent(marks.recents, id, at) }));
}

export function clearStoredRecents(db: ContactsDb): Promise<ContactMarks> {
  return changeMarks(db, (marks) => ({ ...marks, recents: [] }));
}
