/**
 * The phone numbers of a web page's text (issue 13, click-to-call), found with libphonenumber-js and kept only where
 * our phone rules accept them (lib/phone/phone.ts: E.164, possible) and where the text around them says "phone",
 * not "date", "IBAN" or "order number".
 *
 * Why `extended` (the library's `POSSIBLE` leniency) and not `VALID`: the issue's own example `(555) 123-4567` is not a valid US number (555 is a
 * fictional area code), and our import rules accept possible numbers too. A possible number is a looser match, so
 * the guards below (each one a false positive seen on real pages) do the rest:
 * - a national number (no `+` or `00`) must fit the country's numbering plan (no US number starts with 0), and be
 *   written with a separator: a bare run of digits is an ID, an order
 *   or an invoice number far more often than a phone on the pages our users read (a table of IDs);
 * - at least {@link MIN_DIGITS} digits (postcodes, years, short codes);
 * - not glued to a word, `#`, `-` or `/` before or after (`INV-2024-000123`, `#123456789`);
 * - not one group of a longer run of digit groups (`FR76 3000 6000 0112 3456 7890 189`, tracking numbers);
 * - not shaped like a date (`15.03.2024`, `2024-03-15`).
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { normalizePhone } from '../phone/phone';
import { fitsNumberingPlan } from '../phone/phone-metadata';

/** A number found at `text.slice(start, end)`, as E.164. */
export interface PagePhone {
  start: number;
  end: number;
  e164: string;
}

const MIN_DIGITS = 7;
/**
 * Written as our users' guide writes international numbers (`0049 30 1234567`): see lib/selection/selection-phones.ts.
 * Not a group of a number already under way: the `0087` of `+44 20 7946 0087` is no international prefix.
 */
const ZERO_ZERO = /(?<![\p{L}\p{N}+])(?<![\p{N}+][\s.\-/()\u00a0\u202f])00(?=[1-9])/gu;
/**
 * A run of characters a phone number is written with (digits, `+`, the library's punctuation), holding at least
 * {@link MIN_DIGITS} digits. Only these runs are handed to the library: a page's text is mostly words, which the
 * library would read too (about a quarter more CPU time on bench/click-to-call.ts's page).
 */
const CANDIDATE = /[+\uff0b(\uff08\p{Nd}][\p{Nd}\s().\-/\u2010-\u2015\u2212\uff0d\uff0f\uff0e\u00a0\u00ad\u200b\u2060\u3000\uff08\uff09[\]~]*\p{Nd}/gu;
const SEPARATOR = /[\s.\-/()\u00a0\u202f]/;
/** A character that glues a match to the token before it. */
const GLUED_BEFORE = /[\p{L}\p{N}#\-/_.,@&=]/u;
/** A character that glues a match to the token after it. */
const GLUED_AFTER = /[\p{L}\p{N}\-/_@]/u;
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const DIGIT = /\d/g;
/** A run written with digits and only separators that glue (`.`, `-`, `/`): an ID, a date, a reference. */
const GLUING_RUN = /^[\d./-]+$/;
const ALL_DIGITS = /^\d+$/;
/** What an IBAN looks like up to a group: country, check digits, then groups of four (`GB29 NWBK `). */
const IBAN_SO_FAR = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})* ?$/;

/** Is the match one group of a run of digit groups, or the rest of an IBAN (a card or tracking number, `GB29 NWBK 6016…`)? */
function inDigitRun(text: string, start: number, end: number): boolean {
  const before = /(\S*)\s{1,2}$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = /^\s{1,2}(\S*)/.exec(text.slice(end, end + 40))?.[1] ?? '';
  return /\d$/.test(before) || /^\d/.test(after) || IBAN_SO_FAR.test(text.slice(Math.max(0, start - 40), start));
}

function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && GLUED_BEFORE.test(before)) return true;
  if (after === undefined) return false;
  if (GLUED_AFTER.test(after)) return true;
  // "12.30" or "1,234": a decimal or thousands separator right after, followed by a digit.
  return /[.,:]/.test(after) && /\d/.test(text[end + 1] ?? '');
}

/**
 * Would the guards of {@link looksLikePhone} reject every number the library could find in `run` (found at `at` of
 * `text`)? Asked before the library, which spends most of its time on a page on the runs it finds nothing in. Only
 * for a run whose every character is a digit or a gluing separator, so any number starting inside it is glued to
 * what precedes it; one starting at its start is glued too when the run is; and, when not:
 * - all digits, no `+`: a national number without a separator (an ID);
 * - shaped like a date: the whole run is a date, and any shorter number ends glued to a digit, `-`, `/` or `.3`.
 */
function cannotHoldPhone(text: string, run: string, at: number): boolean {
  if (!GLUING_RUN.test(run)) return false;
  const before = text[at - 1];
  return (before !== undefined && GLUED_BEFORE.test(before)) || ALL_DIGITS.test(run) || DATE.test(run);
}

/** Does the written number look like a phone number rather than a number of another kind? */
function looksLikePhone(text: string, start: number, end: number, written: string): boolean {
  if ((written.match(DIGIT)?.length ?? 0) < MIN_DIGITS) return false;
  if (isGlued(text, start, end) || inDigitRun(text, start, end)) return false;
  const international = written.startsWith('+') || written.startsWith('00');
  if (!international && !SEPARATOR.test(written.replace(/^\(|\)$/g, ''))) return false;
  return !DATE.test(written);
}

/**
 * The phone numbers of `text`, in order, each as E.164. National numbers are read only with `defaultCountry`
 * (ISO 3166 alpha-2, e.g. `DE`); without it only `+…` and `00…` numbers are found.
 */
export function findPagePhones(text: string, defaultCountry?: string): PagePhone[] {
  // Replacing `00` by ` +` keeps every offset: a match maps back onto `text` one to one.
  const searched = text.replace(ZERO_ZERO, ' +');
  const country = defaultCountry === '' ? undefined : (defaultCountry as CountryCode | undefined);
  const found: PagePhone[] = [];
  for (const run of searched.matchAll(CANDIDATE)) {
    if ((run[0].match(DIGIT)?.length ?? 0) < MIN_DIGITS || cannotHoldPhone(text, run[0], run.index)) continue;
    // The guards below read the text around a match: offsets are mapped back onto the whole text.
    for (const match of findPhoneNumbersInText(run[0], { defaultCountry: country, extended: true })) {
      const at = run.index + match.startsAt;
      const end = run.index + match.endsAt;
      // Where `00` became ` +`, the number starts at the first `0` of the text.
      const start = searched[at] === '+' && text[at] === '0' ? at - 1 : at;
      const written = text.slice(start, end);
      if (!looksLikePhone(text, start, end, written)) continue;
      const international = written.startsWith('+') || written.startsWith('00');
      if (!international && !fitsNumberingPlan(match.number.country ?? match.number.countryCallingCode, match.number.nationalNumber)) continue;
      const rule = normalizePhone(written, country ? { defaultCountry: country } : {});
      if (rule.ok) found.push({ start, end, e164: rule.number });
    }
  }
  return found;
}
