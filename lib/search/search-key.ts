/**
 * The search key of a contact, computed once at write time (background) and stored with it in IndexedDB, so the
 * popup builds its index without folding text or knowing phone rules (STYLE.md: "normalise once, at write time").
 */
import type { ContactFields } from '../contact/contact';
import { splitCallingCode } from './search-calling-code';
import { foldedWords, searchFold, searchWords } from './search-fold';

/** Each field holds folded words joined by single spaces: five short strings keep 100,000 keys small in memory. */
export interface SearchKey {
  /** Folded words of the name, in order: `jose nunez`. */
  name: string;
  position: string;
  /** Folded words of the email: `maria.beck@email.com` → `maria beck email com`. */
  email: string;
  /**
   * How many of the email's words come before the `@` (issue 14: a query equal to the whole local part, `yan.liu5`,
   * ranks first). Optional: keys stored before issue 14 lack it, and then only lose that bonus until rewritten.
   */
  emailLocal?: number;
  /**
   * Digit forms of every phone: the E.164 digits (`4917212345`) and the national form with a trunk `0`
   * (`017212345`), so digits typed the way people dial at home match too (issue 4: `0172` finds `+49 172…`).
   */
  digits: string;
  /** Folded full name, for the alphabetical order. */
  sort: string;
}

/** Builds the search key of a validated contact (phones in E.164). */
export function buildSearchKey(contact: ContactFields): SearchKey {
  const digits: string[] = [];
  for (const phone of contact.phones) {
    const e164 = phone.number.replace(/\D/g, '');
    if (e164 === '') continue;
    digits.push(e164);
    const split = splitCallingCode(e164);
    if (split && split.national !== '' && !split.national.startsWith('0')) digits.push('0' + split.national);
  }
  const name = searchFold(contact.name);
  const email = contact.email ?? '';
  const at = email.lastIndexOf('@');
  return {
    name: foldedWords(name).join(' '),
    position: searchWords(contact.position ?? '').join(' '),
    email: searchWords(email).join(' '),
    emailLocal: at === -1 ? 0 : searchWords(email.slice(0, at)).length,
    digits: digits.join(' '),
    sort: name.trim(),
  };
}
