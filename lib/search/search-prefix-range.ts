/** The range of a sorted word list whose words start with a prefix: two binary searches. */

/** `[lo, hi)` such that `words[lo..hi)` are exactly the words starting with `prefix` (`words` sorted by code unit). */
export function prefixRange(words: readonly string[], prefix: string): [number, number] {
  const lo = lowerBound(words, prefix, 0);
  // '\uffff' sorts after every code unit, so this is the first word past the prefix's words.
  return [lo, lowerBound(words, prefix + '\uffff', lo)];
}

function lowerBound(words: readonly string[], value: string, from: number): number {
  let lo = from;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
