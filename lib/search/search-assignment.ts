/**
 * The cheapest way to give each query word its own word of a contact (issue 14: "each query word consumes a
 * different word of the contact", so `l lefebvre` cannot use the surname twice). A rectangular assignment problem,
 * solved with the Hungarian algorithm (Kuhn–Munkres with potentials): O(rows² × columns), a few microseconds for the
 * handful of words a contact has, and exact where a greedy choice is not (`thomas martin-thomas`).
 */

// Scratch reused between calls (one per contact ranked): u by row, the rest by column. rowOf[j]: the row given
// column j (1-based; 0 = none); way[j]: the column before j on the augmenting path.
let u = new Float64Array(16);
let v = new Float64Array(16);
let rowOf = new Int32Array(16);
let way = new Int32Array(16);
let minv = new Float64Array(16);
let used = new Uint8Array(16);

function grow(length: number) {
  u = new Float64Array(length);
  v = new Float64Array(length);
  rowOf = new Int32Array(length);
  way = new Int32Array(length);
  minv = new Float64Array(length);
  used = new Uint8Array(length);
}

/** The cost of a pair that may not be chosen (the query word does not match that word). */
export const FORBIDDEN = 2 ** 40;

/**
 * The least total cost of choosing, for each of `rows` rows, a different column of `cost` (row-major, `rows ×
 * columns`), or `Infinity` when every choice includes a {@link FORBIDDEN} pair or there are more rows than columns.
 */
export function minCostAssignment(cost: Float64Array, rows: number, columns: number): number {
  if (rows > columns) return Infinity;
  if (rows === 0) return 0;
  if (v.length <= columns) grow(columns + 1);
  u.fill(0, 0, rows + 1);
  v.fill(0, 0, columns + 1);
  rowOf.fill(0, 0, columns + 1);
  for (let i = 1; i <= rows; i += 1) {
    rowOf[0] = i;
    let j0 = 0;
    minv.fill(Infinity, 0, columns + 1);
    used.fill(0, 0, columns + 1);
    do {
      used[j0] = 1;
      const i0 = rowOf[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= columns; j += 1) {
        if (used[j]) continue;
        const reduced = cost[(i0 - 1) * columns + (j - 1)]! - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= columns; j += 1) {
        if (used[j]) {
          u[rowOf[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOf[j0] = rowOf[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= columns; j += 1) {
    const i = rowOf[j]!;
    if (i === 0) continue;
    const pair = cost[(i - 1) * columns + (j - 1)]!;
    if (pair >= FORBIDDEN) return Infinity;
    total += pair;
  }
  return total;
}
