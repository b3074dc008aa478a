import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN, minCostAssignment } from '../../../lib/search/search-assignment';

/** Every way to give each row its own column, tried one by one. */
function bruteForce(cost: number[][], columns: number): number {
  const walk = (row: number, used: Set<number>): number => {
    if (row === cost.length) return 0;
    let best = Infinity;
    for (let j = 0; j < columns; j += 1) {
      if (used.has(j) || cost[row]![j]! >= FORBIDDEN) continue;
      used.add(j);
      best = Math.min(best, cost[row]![j]! + walk(row + 1, used));
      used.delete(j);
    }
    return best;
  };
  return walk(0, new Set());
}

describe('minCostAssignment', () => {
  it('finds the cheapest assignment, or Infinity when none avoids a forbidden pair', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 7 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(FORBIDDEN)), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }).map((cost) => ({ cost, columns })),
      );
    fc.assert(
      fc.property(matrix, ({ cost, columns }) => {
        const expected = cost.length > columns ? Infinity : bruteForce(cost, columns);
        const actual = minCostAssignment(Float64Array.from(cost.flat()), cost.length, columns);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not give one column to two rows', () => {
    const cost = Float64Array.from([0, FORBIDDEN, 0, FORBIDDEN]);
    expect(minCostAssignment(cost, 2, 2)).toEqual(Infinity);
  });
});
