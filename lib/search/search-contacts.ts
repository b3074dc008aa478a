/**
 * Searching the directory (issue 4): every word typed must match a word prefix of the name, position or email
 * (one typo forgiven in words of 4+ letters), each its own word (issue 14), and digits match phone numbers by
 * substring. This file finds the matches through the index; search-rank.ts orders them, the person meant first.
 */
import type { SearchIndex } from './search-index';
import { isOneEditFromPrefix } from './search-one-edit';
import { narrowsQuery, parseSearchQuery, type QueryToken, type SearchQuery } from './search-query';
import { prefixRange } from './search-prefix-range';
import { rankMatches, type SearchBoost } from './search-rank';
import { Tally } from './search-tally';
import { typoCandidates } from './search-typo-buckets';

export interface SearchOptions {
  /** Favourites and recent contacts first among equal matches: see {@link SearchBoost} (none exist yet). */
  boost?: SearchBoost;
}

const tallies = new WeakMap<SearchIndex, Tally>();

/** The contacts matching `text`, best first (positions in the keys the index was built from). */
export function searchContacts(index: SearchIndex, text: string, options: SearchOptions = {}): Uint32Array {
  const query = parseSearchQuery(text);
  return rankMatches(index, query, evaluate(index, query, null), options.boost);
}

/**
 * A search for one search box: when the new text only narrows the previous one (one more letter typed), it looks
 * only at the previous matches. Same answers, in the same order, as `searchContacts`, faster while typing.
 */
export function createContactSearch(index: SearchIndex, options: SearchOptions = {}): (text: string) => Uint32Array {
  let previous: { query: SearchQuery; matches: Uint32Array } | null = null;
  return (text) => {
    const query = parseSearchQuery(text);
    const within = previous && narrowsQuery(previous.query, query) ? previous.matches : null;
    const matches = rankMatches(index, query, evaluate(index, query, within), options.boost);
    previous = { query, matches };
    return matches;
  };
}

/** The contacts where every query word matches some word (in any order; ranking checks each has its own word). */
function evaluate(index: SearchIndex, query: SearchQuery, within: Uint32Array | null): Uint32Array {
  if (query.kind === 'all') return index.byRank;
  let tally = tallies.get(index);
  if (!tally) tallies.set(index, (tally = new Tally(index.size, index.words.length)));
  const tokens: QueryToken[] =
    query.kind === 'phone' ? [{ word: '', digits: query.digits, fuzzy: false }] : query.tokens;
  let candidates = within;
  for (const token of tokens) {
    tally.begin();
    const phoneOnly = query.kind === 'phone';
    if (candidates !== null && verifyCost(index, candidates, token) < scanCost(index, token, phoneOnly)) {
      verifyToken(index, tally, token, candidates, phoneOnly);
    } else {
      scanToken(index, tally, token, phoneOnly);
    }
    candidates = tally.close(candidates);
  }
  return candidates!;
}

/** All contacts matching one token, through the word list. */
function scanToken(index: SearchIndex, tally: Tally, token: QueryToken, phoneOnly: boolean) {
  if (!phoneOnly) {
    const [lo, hi] = prefixRange(index.words, token.word);
    for (let w = lo; w < hi; w += 1) markWord(index, tally, w);
    if (token.fuzzy) scanTypos(index, tally, token.word, lo, hi);
  }
  if (token.digits !== undefined) scanDigits(index, tally, token.digits);
}

function markWord(index: SearchIndex, tally: Tally, w: number) {
  const { postingStart, postings } = index;
  const end = postingStart[w + 1]!;
  for (let p = postingStart[w]!; p < end; p += 1) tally.mark(postings[p]! >>> 2);
}

/** Words one typo away from `q` (outside the exact-prefix range `lo..hi`), found through the typo buckets. */
function scanTypos(index: SearchIndex, tally: Tally, q: string, lo: number, hi: number) {
  const { words, typo } = index;
  const candidates = typoCandidates(q);
  const tryWord = (w: number) => {
    if ((w >= lo && w < hi) || !tally.firstVisit(w)) return;
    if (isOneEditFromPrefix(q, words[w]!)) markWord(index, tally, w);
  };
  for (const prefix of candidates.prefixes) {
    const [from, to] = prefixRange(words, prefix);
    for (let w = from; w < to; w += 1) tryWord(w);
  }
  for (const key of candidates.secondAndThird) for (const w of typo.bySecondAndThird.get(key) ?? []) tryWord(w);
  for (const key of candidates.firstThirdFourth) for (const w of typo.byFirstThirdFourth.get(key) ?? []) tryWord(w);
}

/** Contacts whose phone digits contain `digits`, in one pass of `indexOf` over all of them. */
function scanDigits(index: SearchIndex, tally: Tally, digits: string) {
  const { allDigits, digitStart } = index;
  let at = allDigits.indexOf(digits);
  let c = 0;
  while (at !== -1) {
    // Hits come in order, so the contact holding each one is found by walking forward.
    while (digitStart[c + 1]! <= at) c += 1;
    tally.mark(c);
    at = allDigits.indexOf(digits, digitStart[c + 1]!);
  }
}

/** Candidates matching one token, checked one by one (cheaper when the candidates are few). */
function verifyToken(index: SearchIndex, tally: Tally, token: QueryToken, candidates: Uint32Array, phoneOnly: boolean) {
  const { words, contactWords, contactWordStart, allDigits, digitStart } = index;
  for (const c of candidates) {
    if (!phoneOnly) {
      for (let k = contactWordStart[c]!; k < contactWordStart[c + 1]!; k += 1) {
        const word = words[contactWords[k]! >>> 2]!;
        if (word.startsWith(token.word) || (token.fuzzy && isOneEditFromPrefix(token.word, word))) {
          tally.mark(c);
          break;
        }
      }
    }
    if (token.digits !== undefined && containsAt(allDigits, token.digits, digitStart[c]!, digitStart[c + 1]! - 1)) {
      tally.mark(c);
    }
  }
}

/** Checking a candidate's words costs more than reading a posting, much more with typo checks. */
function verifyCost(index: SearchIndex, candidates: Uint32Array, token: QueryToken): number {
  const perWord = token.fuzzy ? 16 : 6;
  return (perWord * candidates.length * index.contactWords.length) / Math.max(1, index.size);
}

function scanCost(index: SearchIndex, token: QueryToken, phoneOnly: boolean): number {
  if (phoneOnly) return index.size;
  const [lo, hi] = prefixRange(index.words, token.word);
  let cost = index.postingStart[hi]! - index.postingStart[lo]!;
  if (token.fuzzy) cost += index.words.length / 16;
  if (token.digits !== undefined) cost += index.size;
  return cost;
}

/** Whether `text[from..to)` contains `part` (an unbounded `indexOf` would run on through every later contact). */
function containsAt(text: string, part: string, from: number, to: number): boolean {
  for (let at = from; at + part.length <= to; at += 1) {
    if (text.startsWith(part, at)) return true;
  }
  return false;
}
