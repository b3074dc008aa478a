/**
 * The duplicate rule of issue 2: two contacts are the same person when they share an email (any case), or have
 * the same name (ignoring case, accents and spacing) and share a phone. Sharing only a phone is common
 * (a switchboard), so it is a warning, not a duplicate.
 */
import type { ContactFields } from './contact';
import type { DirectoryLookup, ExistingContact } from './directory-lookup';
import { foldCaseAndAccents } from './fold-case-and-accents';

export type DuplicateMatch =
  | { kind: 'same'; of: ExistingContact; reason: 'email' | 'name-and-phone'; phone?: string }
  | { kind: 'shared-phone'; of: ExistingContact; phone: string };

const SPACES = /\s+/gu;

/** The key two names are compared by: no accents, lower case, no spaces (`"  Élise  Du Pont"` → `"elisedupont"`). */
function nameKey(name: string): string {
  return foldCaseAndAccents(name).replace(SPACES, '');
}

/** Name keys of directory contacts, computed once each: a switchboard number shared by many lines stays cheap. */
const keys = new WeakMap<object, string>();
function keyOf(contact: ExistingContact): string {
  let key = keys.get(contact);
  if (key === undefined) keys.set(contact, (key = nameKey(contact.name)));
  return key;
}

/**
 * Finds the contact of `lookup` that `contact` duplicates (`same`), else one it only shares a phone with
 * (`shared-phone`), else null. An email match wins over a name-and-phone match.
 */
export function findDuplicate(contact: ContactFields, lookup: DirectoryLookup): DuplicateMatch | null {
  if (contact.email !== undefined) {
    const byEmail = lookup.findByEmail(contact.email);
    if (byEmail !== undefined) return { kind: 'same', of: byEmail, reason: 'email' };
  }
  let shared: DuplicateMatch | null = null;
  let key: string | undefined;
  for (const { number } of contact.phones) {
    for (const candidate of lookup.findByPhone(number)) {
      key ??= nameKey(contact.name);
      if (keyOf(candidate) === key) return { kind: 'same', of: candidate, reason: 'name-and-phone', phone: number };
      shared ??= { kind: 'shared-phone', of: candidate, phone: number };
    }
  }
  return shared;
}
