/**
 * The links, email addresses and phone numbers of a selected text, with where they are, for "Add selection as
 * contact" (issue 5). The name and position are read from what is left around them.
 */
import { isEmailShape } from '../rules/email-shape';
import { findNationalNumbers } from './selection-national-numbers';
import { findSelectionPhones, isFaxAt } from './selection-phones';

export type ContactPointKind = 'email' | 'link' | 'phone';

/** One thing found in the text, at `text.slice(start, end)`. */
export interface ContactPoint {
  kind: ContactPointKind;
  start: number;
  end: number;
  /**
   * The lower-cased email, or the phone in international form, or as written when `national`; '' for a link or a
   * phone not to keep (a fax).
   */
  value: string;
  /** A national-format phone no country could read ("06 12 34 56 78" with no default country): kept as written. */
  national?: true;
}

/** A link starts a word: `https://…`, `http://…`, `www.…`. An `@` before `www.` makes it the domain of an email. */
const LINK = /(?<![^\s<(["'|•·])(?:https?:\/\/|www\.)[^\s<>"'|]+/giu;
/**
 * Loose on purpose: finds what looks like an address, then {@link isEmailShape} decides. `|` and `{}` are legal in a
 * local part but in signatures they are separators, so they end the match.
 */
const EMAIL_CANDIDATE = /[A-Za-z0-9!#$%&'*+/=?^_`~.-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}/g;

/** `text` with every span blanked by spaces of the same length, so later offsets still point into `text`. */
function blank(text: string, spans: readonly ContactPoint[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}

function findLinks(text: string): ContactPoint[] {
  return [...text.matchAll(LINK)].map((m) => ({ kind: 'link', start: m.index, end: m.index + m[0].length, value: '' }));
}

function findEmails(text: string): ContactPoint[] {
  const found: ContactPoint[] = [];
  for (const m of text.matchAll(EMAIL_CANDIDATE)) {
    // "mailto:jane@x.y" never reaches the local part (":" is not in it); leading dots ("…jane@x.y") are punctuation.
    const lead = /^[.'`~-]+/.exec(m[0])?.[0].length ?? 0;
    const address = m[0].slice(lead);
    if (isEmailShape(address)) found.push({ kind: 'email', start: m.index + lead, end: m.index + m[0].length, value: address.toLowerCase() });
  }
  return found;
}

/**
 * Every link, email and phone of `text`, sorted by position, never overlapping. Links go first (a URL may hold
 * digits and `@`), then emails (an address may hold digits), then phones in what is left, then the national numbers
 * no country could read (issue 9, defect 10).
 * @param defaultCountry ISO 3166 alpha-2 code, already checked, that lets national numbers ("030 1234567") in.
 */
export function findContactPoints(text: string, defaultCountry?: string): ContactPoint[] {
  const links = findLinks(text);
  const withoutLinks = blank(text, links);
  const emails = findEmails(withoutLinks);
  const rest = blank(withoutLinks, emails);
  const phones: ContactPoint[] = findSelectionPhones(rest, defaultCountry).map((p) => ({ kind: 'phone', ...p }));
  const unread = blank(rest, phones);
  // A fax is found (its line is not a name) but not kept, as for the phones read above.
  const found = findNationalNumbers(unread);
  const national: ContactPoint[] = found.map((p) => {
    // The label is what follows the number before it, read or not ("Tel +33 … Fax 01 …": "Fax").
    const from = Math.max(0, ...[...phones, ...found].map((q) => q.end).filter((end) => end <= p.start));
    return isFaxAt(unread, from, p.start, p.end) ? { kind: 'phone', start: p.start, end: p.end, value: '' } : { kind: 'phone', ...p, national: true };
  });
  return [...links, ...emails, ...phones, ...national].sort((a, b) => a.start - b.start);
}
