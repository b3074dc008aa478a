/**
 * The scratch state of one search over an index: which contacts matched the current query word, and which words
 * were already tried for it. Reused between keystrokes (generation stamps instead of clearing), so a keystroke
 * allocates only its answer. Ordering the answer is search-rank.ts's job.
 */
export class Tally {
  private generation = 0;
  private readonly stamp: Uint32Array;
  private readonly wordStamp: Uint32Array;
  private touched: Uint32Array;
  private touchedCount = 0;

  constructor(contacts: number, words: number) {
    this.stamp = new Uint32Array(contacts);
    this.wordStamp = new Uint32Array(words);
    this.touched = new Uint32Array(Math.max(16, contacts));
  }

  /** Starts the next query word. */
  begin() {
    this.generation += 1;
    this.touchedCount = 0;
  }

  /** Contact `c` matches the current word. */
  mark(c: number) {
    if (this.stamp[c] !== this.generation) {
      this.stamp[c] = this.generation;
      this.touched[this.touchedCount++] = c;
    }
  }

  /** True the first time word `w` is seen for the current query word. */
  firstVisit(w: number): boolean {
    if (this.wordStamp[w] === this.generation) return false;
    this.wordStamp[w] = this.generation;
    return true;
  }

  /** Ends the current word: the candidates that matched it (all touched ones when `candidates` is null). */
  close(candidates: Uint32Array | null): Uint32Array {
    const { stamp, generation } = this;
    let kept: Uint32Array;
    if (candidates === null) kept = this.touched.slice(0, this.touchedCount);
    else {
      // A plain loop: TypedArray.prototype.filter is several times slower here.
      kept = new Uint32Array(Math.min(candidates.length, this.touchedCount));
      let count = 0;
      for (let k = 0; k < candidates.length; k += 1) if (stamp[candidates[k]!] === generation) kept[count++] = candidates[k]!;
      kept = kept.subarray(0, count);
    }
    return kept;
  }
}
