/**
 * The typo rule of issue 4 ("one typo forgiven in words of 4+ letters"): does the query word reach a prefix of a
 * contact's word with at most one edit — a substitution, an insertion, a deletion or a swap of two neighbours
 * (optimal string alignment)? `jhon` reaches `john`, `smiht` reaches `smithson`, `nunex` reaches `nunez`.
 */

/** True when `query` is within one edit of some prefix of `word` (both already folded). */
export function isOneEditFromPrefix(query: string, word: string): boolean {
  const m = query.length;
  const n = word.length;
  let i = 0;
  while (i < m && i < n && query.charCodeAt(i) === word.charCodeAt(i)) i += 1;
  if (i === m) return true;
  if (i === n) return m - n === 1;
  return (
    // substitution at i
    same(query, i + 1, word, i + 1, m - i - 1) ||
    // the query has an extra letter at i
    same(query, i + 1, word, i, m - i - 1) ||
    // the word has an extra letter at i
    same(query, i, word, i + 1, m - i) ||
    // two neighbours swapped at i
    (i + 1 < m &&
      query.charCodeAt(i) === word.charCodeAt(i + 1) &&
      query.charCodeAt(i + 1) === word.charCodeAt(i) &&
      same(query, i + 2, word, i + 2, m - i - 2))
  );
}

function same(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  if (bStart + length > b.length) return false;
  for (let k = 0; k < length; k += 1) {
    if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  }
  return true;
}
