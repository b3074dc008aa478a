/**
 * The scratch state of one search over an index: for the current query word, which contacts matched and their best
 * tier; across words, the running score. Reused between keystrokes (generation stamps instead of clearing), so a
 * keystroke allocates only its answer.
 */
export class Tally {
  private generation = 0;
  private readonly stamp: Uint32Array;
  private readonly best: Uint8Array;
  private readonly score: Uint16Array;
  private readonly wordStamp: Uint32Array;
  private touched: Uint32Array;
  private touchedCount = 0;
  private first = true;

  constructor(contacts: number, words: number) {
    this.stamp = new Uint32Array(contacts);
    this.best = new Uint8Array(contacts);
    this.score = new Uint16Array(contacts);
    this.wordStamp = new Uint32Array(words);
    this.touched = new Uint32Array(Math.max(16, contacts));
  }

  /** Starts the next query word. */
  begin() {
    this.generation += 1;
    this.touchedCount = 0;
  }

  /** Contact `c` matches the current word with `tier`; keeps the best tier. */
  mark(c: number, tier: number) {
    if (this.stamp[c] !== this.generation) {
      this.stamp[c] = this.generation;
      this.best[c] = tier;
      this.touched[this.touchedCount++] = c;
    } else if (tier < this.best[c]!) this.best[c] = tier;
  }

  /** True the first time word `w` is seen for the current query word. */
  firstVisit(w: number): boolean {
    if (this.wordStamp[w] === this.generation) return false;
    this.wordStamp[w] = this.generation;
    return true;
  }

  /** Ends the current word: the candidates that matched it (all touched ones when `candidates` is null). */
  close(candidates: Uint32Array | null): Uint32Array {
    const { stamp, generation, best, score } = this;
    let kept: Uint32Array;
    if (candidates === null) kept = this.touched.slice(0, this.touchedCount);
    else {
      // A plain loop: TypedArray.prototype.filter is several times slower here.
      kept = new Uint32Array(Math.min(candidates.length, this.touchedCount));
      let count = 0;
      for (let k = 0; k < candidates.length; k += 1) if (stamp[candidates[k]!] === generation) kept[count++] = candidates[k]!;
      kept = kept.subarray(0, count);
    }
    for (const c of kept) score[c] = (this.first ? 0 : score[c]!) + best[c]!;
    this.first = false;
    return kept;
  }

  /** Orders `matches` by score, then alphabetically; resets for the next query. */
  ranked(matches: Uint32Array, rankOf: Uint32Array, byRank: Uint32Array): Uint32Array {
    this.first = true;
    return matches.length > rankOf.length / 8 ? this.bucketed(matches, byRank) : this.sorted(matches, rankOf, byRank);
  }

  /** Few matches: sort `score * size + rank` numbers, natively. */
  private sorted(matches: Uint32Array, rankOf: Uint32Array, byRank: Uint32Array): Uint32Array {
    const size = rankOf.length;
    const keys = new Float64Array(matches.length);
    for (let k = 0; k < matches.length; k += 1) keys[k] = this.score[matches[k]!]! * size + rankOf[matches[k]!]!;
    keys.sort();
    const ordered = new Uint32Array(matches.length);
    for (let k = 0; k < keys.length; k += 1) ordered[k] = byRank[keys[k]! % size]!;
    return ordered;
  }

  /** Many matches: one pass in alphabetical order, dropping each match into its score's bucket (counting sort). */
  private bucketed(matches: Uint32Array, byRank: Uint32Array): Uint32Array {
    const { stamp, score } = this;
    const member = ++this.generation;
    let maxScore = 0;
    for (const c of matches) {
      stamp[c] = member;
      if (score[c]! > maxScore) maxScore = score[c]!;
    }
    const next = new Uint32Array(maxScore + 2);
    for (const c of matches) next[score[c]! + 1]! += 1;
    for (let s = 1; s <= maxScore + 1; s += 1) next[s]! += next[s - 1]!;
    const ordered = new Uint32Array(matches.length);
    for (let r = 0; r < byRank.length; r += 1) {
      const c = byRank[r]!;
      if (stamp[c] === member) ordered[next[score[c]!]!++] = c;
    }
    return ordered;
  }
}
