/**
 * National phone numbers no country could read (issue 9, defect 10): "Port. 06 12 34 56 78" with no default country
 * set, or one that is not a number of the country set. They are not dropped without a word: the draft keeps them as
 * written and says so, and they still cut a flattened selection, so the position before them is kept.
 */

/** A national number as written, at `text.slice(start, end)`. */
export interface NationalNumber {
  start: number;
  end: number;
  /** The number as written, spaces folded: "06 12 34 56 78". */
  value: string;
}

/**
 * A trunk prefix `0` then a digit other than `0` (`00` starts an international number), or the same in brackets
 * ("(030) 1234567"), then digit groups joined by one separator each (space, `.`, `-`, `/`). Not after a digit,
 * letter or `+`, not before a digit or letter.
 */
const CANDIDATE = /(?<![\p{L}\p{N}+])(?:\(0[1-9]\d*\)|0[1-9]\d*)(?:[ .\-/\u00a0\u202f]?\d+)*(?![\p{L}\p{N}])/gu;
/** 9 to 12 digits: French numbers have 10, German 10 to 12, British 11; a postal code or a year has fewer. */
const MIN_DIGITS = 9;
const MAX_DIGITS = 12;
/** "01.02.2024 10", "31/12/2025": a date, however many digits follow it. */
const DATE = /^\(?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/**
 * The national-format numbers of `text` (already without its emails, links and read phones), in order.
 * Trailing separators are not part of a number ("06 12 34 56 78." ends a sentence).
 */
export function findNationalNumbers(text: string): NationalNumber[] {
  const found: NationalNumber[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const written = match[0];
    const digits = written.replace(/\D/g, '').length;
    if (digits < MIN_DIGITS || digits > MAX_DIGITS || DATE.test(written)) continue;
    found.push({ start: match.index, end: match.index + written.length, value: written.replace(/[\s\u00a0\u202f]+/gu, ' ') });
  }
  return found;
}
