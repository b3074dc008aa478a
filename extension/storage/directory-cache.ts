/**
 * The worker's copy of the directory for click-to-call look-ups and the omnibox (issue 13): read from IndexedDB once
 * and kept while the stored generation (bumped by every write of the contacts, see contact-table.ts) is the same, so
 * hovering numbers or typing in the address bar does not read 100,000 contacts per keystroke. The phone map and the
 * search index are built the first time one is asked for.
 */
import { createContactSearch } from '../../lib/search/search-contacts';
import { buildSearchIndex } from '../../lib/search/search-index';
import { readAllContacts } from './contact-table';
import type { ContactsDb, StoredContact } from './db';

export interface DirectoryCopy {
  contacts: readonly StoredContact[];
  /** The contact carrying this E.164 number (the first one, when several share it). */
  byPhone(e164: string): StoredContact | undefined;
  /** The popup's search: positions in `contacts`, best first. */
  search(text: string): Uint32Array;
}

let cached: { db: ContactsDb; generation: number; copy: DirectoryCopy } | null = null;

function makeCopy(contacts: readonly StoredContact[]): DirectoryCopy {
  let phones: Map<string, StoredContact> | null = null;
  let search: ((text: string) => Uint32Array) | null = null;
  return {
    contacts,
    byPhone(e164) {
      if (!phones) {
        phones = new Map();
        for (const contact of contacts) for (const phone of contact.phones) if (!phones.has(phone.number)) phones.set(phone.number, contact);
      }
      return phones.get(e164);
    },
    search(text) {
      search ??= createContactSearch(buildSearchIndex(contacts.map((contact) => contact.key)));
      return search(text);
    },
  };
}

/** The directory as stored now: the kept copy while no write happened since, else a fresh read. */
export async function readDirectoryCopy(db: ContactsDb): Promise<DirectoryCopy> {
  const generation = (await db.get('views', 'first-screen'))?.generation ?? 0;
  if (cached && cached.db === db && cached.generation === generation) return cached.copy;
  const copy = makeCopy(await readAllContacts(db));
  cached = { db, generation, copy };
  return copy;
}
