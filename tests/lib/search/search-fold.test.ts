import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchFold, searchWords } from '../../../lib/search/search-fold';

describe('searchWords', () => {
  it('splits folded text on anything but letters and digits, accented or not', () => {
    const expected = [['jose', 'nunez', 'strasse'], ['maria', 'beck', 'email', 'com'], ['head', 'of', 'securite', '2']];
    const actual = ['José Núñez-Straße', 'maria.beck@email.com', 'Head of Sécurité (2)'].map(searchWords);
    expect(actual).toEqual(expected);
  });

  it('treats ASCII text (its fast path) as the Unicode rules do: lower case, split on non-letters and non-digits', () => {
    const reference = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
    const samples = fc.sample(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }), { numRuns: 2000, seed: 4 });
    const expected = samples.map((text) => ({ words: reference(text), folded: text.toLowerCase() }));
    const actual = samples.map((text) => ({ words: searchWords(text), folded: searchFold(text) }));
    expect(actual).toEqual(expected);
  });
});
