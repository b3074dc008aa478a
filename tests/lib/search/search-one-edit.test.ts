import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneEditFromPrefix } from '../../../lib/search/search-one-edit';

/** Optimal string alignment distance, the slow textbook way. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const slow = (query: string, word: string) =>
  Array.from({ length: word.length + 1 }, (_, k) => word.slice(0, k)).some((prefix) => distance(query, prefix) <= 1);

describe('isOneEditFromPrefix', () => {
  it('accepts a swap, a substitution, a missing letter and an extra letter', () => {
    const expected = [true, true, true, true, false];
    const actual = [['jhon', 'john'], ['nunex', 'nunez'], ['smth', 'smithson'], ['smitth', 'smith'], ['smoht', 'smith']].map(
      ([query, word]) => isOneEditFromPrefix(query!, word!),
    );
    expect(actual).toEqual(expected);
  });

  it('agrees with the textbook distance to every prefix', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(text, text, (query, word) => {
        expect(isOneEditFromPrefix(query, word)).toEqual(slow(query, word));
      }),
      { numRuns: 5000 },
    );
  });
});
