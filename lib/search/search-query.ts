/**
 * Reading what the user typed in the popup's search box (issue 4): either a phone number typed with or without
 * `+`, `00`, spaces or dashes, or words to match by prefix.
 */
import { searchWords } from './search-fold';

export interface QueryToken {
  /** Folded word, matched as a prefix of name, position and email words. */
  word: string;
  /** Set when the word is all digits: it also matches phone digits by substring. */
  digits?: string;
  /** Words of 4+ letters forgive one typo. */
  fuzzy: boolean;
}

export type SearchQuery =
  | { kind: 'all' }
  /**
   * `digits` drops a leading `00` (the international prefix: `0049…` = `+49…`); `plain` keeps every digit typed, the
   * other reading of digits copied from inside a number (issue 14: `002083`). Both are tried; `plain` is the longer.
   */
  | { kind: 'phone'; digits: string; plain: string }
  | { kind: 'words'; tokens: QueryToken[] };

/** Words of at least this many letters forgive one typo (issue 4). */
const TYPO_MIN_LENGTH = 4;

const PHONE_LIKE = /^[\d\s+\-().\/]+$/;

/** Parses the search box text. Never throws: anything unusable becomes `{ kind: 'all' }`. */
export function parseSearchQuery(text: string): SearchQuery {
  const trimmed = text.trim();
  if (PHONE_LIKE.test(trimmed) && /\d/.test(trimmed)) {
    // `00` is the international prefix (`0049…` = `+49…`); stored digits have no prefix.
    const plain = trimmed.replace(/\D/g, '');
    const digits = plain.replace(/^00/, '');
    return digits === '' ? { kind: 'all' } : { kind: 'phone', digits, plain };
  }
  const tokens = searchWords(trimmed).map((word): QueryToken => {
    const token: QueryToken = { word, fuzzy: word.length >= TYPO_MIN_LENGTH };
    if (/^\d+$/.test(word)) token.digits = word;
    return token;
  });
  return tokens.length === 0 ? { kind: 'all' } : { kind: 'words', tokens };
}

/**
 * True when every contact matching `next` also matches `previous`, so `next` may be evaluated on the previous
 * results only (typing one more letter narrows). Crossing the typo threshold widens, so it does not count.
 */
export function narrowsQuery(previous: SearchQuery, next: SearchQuery): boolean {
  if (previous.kind === 'all') return true;
  if (previous.kind === 'phone') return next.kind === 'phone' && next.digits.includes(previous.digits);
  if (next.kind !== 'words' || next.tokens.length < previous.tokens.length) return false;
  return previous.tokens.every((old, k) => {
    const now = next.tokens[k]!;
    if (!now.word.startsWith(old.word) || now.fuzzy !== old.fuzzy) return false;
    if (old.digits !== undefined && now.digits === undefined) return false;
    return k === previous.tokens.length - 1 || now.word === old.word;
  });
}
