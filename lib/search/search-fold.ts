/**
 * Folding text for search: lower case, accents removed, and the few Latin letters that Unicode does not decompose
 * spelled out, so `nunez` finds `Núñez` and `strasse` finds `Straße` (issue 4, "case- and accent-insensitive").
 */
import { foldCaseAndAccents } from '../contact/fold-case-and-accents';

const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPELLED_OUT_PATTERN = /[ßæœøłđðþı]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** In ASCII text the letters and digits are these: the same split, without Unicode tables (issue 4: first sync). */
const NOT_ASCII_WORD = /[^a-z0-9]+/;
const NOT_ASCII = /[^\x00-\x7f]/;

/** Lower-cases `text`, strips combining marks and spells out ß, æ, œ, ø, ł, đ, ð, þ, ı. */
export function searchFold(text: string): string {
  // ASCII has no marks and nothing to spell out: most emails and positions take this path.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return foldCaseAndAccents(text).replace(SPELLED_OUT_PATTERN, (letter) => SPELLED_OUT[letter] ?? letter);
}

/** The folded words of `text`: split on anything that is not a letter or a digit (spaces, `-`, `'`, `.`, `@`…). */
export function searchWords(text: string): string[] {
  return foldedWords(searchFold(text));
}

/** The words of text already folded by {@link searchFold}. */
export function foldedWords(folded: string): string[] {
  return folded.split(NOT_ASCII.test(folded) ? NOT_WORD : NOT_ASCII_WORD).filter((word) => word !== '');
}
