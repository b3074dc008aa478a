/**
 * The phone numbers of a selected text (issue 5), found with libphonenumber-js, each with where it is and its
 * international form, a fax marked so the caller can leave it out.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { foldCaseAndAccents } from '../contact/fold-case-and-accents';
import { formatPhoneForDisplay } from '../phone/phone';

/** A phone found at `text.slice(start, end)`; `value` is its international form, or '' for a fax. */
export interface FoundPhone {
  start: number;
  end: number;
  value: string;
}

/**
 * `00` starting a number is the international prefix our users write (their guide: `00491222333444555`), but
 * libphonenumber-js only reads it so when the default country dials out with `00`. `" +"` keeps the offsets.
 */
const ZERO_ZERO = /(?<![\p{L}\d+])00(?=[1-9])/gu;
/** The separators of a signature line: a label is what follows the last one. */
const LABEL_START = /[|•·\t,;]/g;
/** "Fax", "Telefax", "Fax-Nr.", "Télécopie", "F:"; not the "fax" of "Fairfax". */
const FAX = /\b(?:tele)?fax\b|telecopie|(?:^|[^a-z])f\s*[.:]\s*$/;
const VOICE = /\b(?:tel|telefon|telephone|phone|mobile?|mob|handy|portable|cell)\b/;

/** The label right before a number ("Tel: ", " | Fax. "), from the last separator on, folded. */
function labelOf(text: string): string {
  const cuts = [...text.matchAll(LABEL_START)];
  const from = cuts.length === 0 ? 0 : (cuts[cuts.length - 1]?.index ?? 0) + 1;
  return foldCaseAndAccents(text.slice(from));
}

/** "Fax:", "Télécopie :", "F.", or "(fax)" right after; "Tel/Fax:" is a phone too. */
function isFax(before: string, after: string): boolean {
  const label = labelOf(before);
  if (FAX.test(label) && !VOICE.test(label)) return true;
  return /^\s*[([]\s*fax\b/i.test(after);
}

/**
 * Whether the number at `text.slice(start, end)` is a fax, by its label on the same line, after `from` (the end of
 * the number before it): "Fax: …", "… (fax)". For a number found another way (a national number no country read).
 */
export function isFaxAt(text: string, from: number, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return isFax(text.slice(Math.max(lineStart, from), start), text.slice(end, lineEnd === -1 ? text.length : lineEnd));
}

/**
 * The phones of `text` in order. National numbers ("030 1234567") are found only with `defaultCountry`. A number
 * must be valid, or possible and written in international form: a possible national number may be a postal code
 * ("10115 Berlin" is a possible German number), while the users' own examples (`+49 1222333444555`) are not valid.
 * An extension ("ext. 12") is dropped: the form's phone fields take the number only.
 */
export function findSelectionPhones(text: string, defaultCountry?: string): FoundPhone[] {
  const searched = text.replace(ZERO_ZERO, ' +');
  const country = defaultCountry as CountryCode | undefined;
  const found = findPhoneNumbersInText(searched, { defaultCountry: country, extended: true });
  const phones: FoundPhone[] = [];
  let previousEnd = 0;
  found.forEach((match, i) => {
    const { number, startsAt, endsAt } = match;
    const international = searched.slice(startsAt, endsAt).startsWith('+');
    if (!number.isValid() && !(international && number.isPossible())) return;
    const lineStart = searched.lastIndexOf('\n', startsAt - 1) + 1;
    const nextStart = found[i + 1]?.startsAt ?? searched.length;
    const lineEnd = searched.indexOf('\n', endsAt);
    const before = searched.slice(Math.max(lineStart, previousEnd), startsAt);
    const after = searched.slice(endsAt, Math.min(nextStart, lineEnd === -1 ? searched.length : lineEnd));
    previousEnd = endsAt;
    // A fax is not callable: the form's phones are for calling, so a fax number is found (its line is not a name)
    // but not kept.
    const value = isFax(before, after) ? '' : formatPhoneForDisplay(number.number);
    // Where `00` became ` +`, the number starts at the first `0` of the text.
    const start = searched[startsAt] === '+' && text[startsAt] === '0' ? startsAt - 1 : startsAt;
    phones.push({ start, end: endsAt, value });
  });
  return phones;
}
