/**
 * The popup's in-memory search index, built from the stored search keys (lib/search-key.ts): a sorted list of the
 * distinct words with, for each, the contacts and fields where it appears. A prefix is one binary search away, so
 * a keystroke costs the size of its answer, not the size of the directory.
 */
import type { SearchKey } from './search-key';
import { buildTypoBuckets, type TypoBuckets } from './search-typo-buckets';

/** Where a word was found; the value orders results (issue 4: name before position before email before phone). */
export const FIELD = { name: 0, position: 1, email: 2, phone: 3 } as const;

export interface SearchIndex {
  /** Number of contacts; a contact is its position in the keys passed to `buildSearchIndex`. */
  size: number;
  /** Distinct folded words, sorted by UTF-16 code units. */
  words: string[];
  /** Postings of word `w`: `postings[postingStart[w] .. postingStart[w + 1])`, each `contact * 4 + field`. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Words of contact `c`: `contactWords[contactWordStart[c] .. contactWordStart[c + 1])`, each `word * 4 + field`. */
  contactWordStart: Uint32Array;
  contactWords: Uint32Array;
  /** Word lists by letter pairs, to find typo candidates without reading every word. */
  typo: TypoBuckets;
  /** Words before the `@` in contact `c`'s email (its email words come last in `contactWords`); 255 when unknown. */
  emailLocal: Uint8Array;
  /** Every contact's phone digits joined by `\n`, and where contact `c` starts in it. */
  allDigits: string;
  digitStart: Uint32Array;
  /** Alphabetical rank of contact `c`, and its inverse. */
  rankOf: Uint32Array;
  byRank: Uint32Array;
}

const FIELDS = ['name', 'position', 'email'] as const;

/** Builds the index. Contacts keep the positions they have in `keys`. */
export function buildSearchIndex(keys: readonly SearchKey[]): SearchIndex {
  const size = keys.length;
  const idOf = new Map<string, number>();
  const found: string[] = [];
  let pairs: Uint32Array<ArrayBuffer> = new Uint32Array(size * 8 + 16);
  let count = 0;
  const contactWordStart = new Uint32Array(size + 1);
  const emailLocal = new Uint8Array(size);
  for (let c = 0; c < size; c += 1) {
    const key = keys[c]!;
    emailLocal[c] = key.emailLocal === undefined ? 255 : Math.min(254, key.emailLocal);
    for (let field = 0; field < 3; field += 1) {
      const text = key[FIELDS[field]!];
      if (text === '') continue;
      for (const word of text.split(' ')) {
        let id = idOf.get(word);
        if (id === undefined) {
          id = found.length;
          idOf.set(word, id);
          found.push(word);
        }
        if (count === pairs.length) pairs = grow(pairs);
        pairs[count++] = id * 4 + field;
      }
    }
    contactWordStart[c + 1] = count;
  }

  // Renumber the words in sorted order so a prefix is a contiguous range.
  const words = found.slice().sort();
  const sortedId = new Uint32Array(found.length);
  words.forEach((word, rank) => (sortedId[idOf.get(word)!] = rank));
  const contactWords = new Uint32Array(count);
  const postingStart = new Uint32Array(words.length + 1);
  for (let k = 0; k < count; k += 1) {
    const pair = pairs[k]!;
    const word = sortedId[pair >>> 2]!;
    contactWords[k] = word * 4 + (pair & 3);
    postingStart[word + 1]! += 1;
  }
  for (let w = 0; w < words.length; w += 1) postingStart[w + 1]! += postingStart[w]!;
  const postings = new Uint32Array(count);
  const fill = postingStart.slice(0, words.length);
  for (let c = 0; c < size; c += 1) {
    for (let k = contactWordStart[c]!; k < contactWordStart[c + 1]!; k += 1) {
      const pair = contactWords[k]!;
      postings[fill[pair >>> 2]!++] = c * 4 + (pair & 3);
    }
  }

  const digits = keys.map((key) => key.digits);
  const digitStart = new Uint32Array(size + 1);
  digits.forEach((text, c) => (digitStart[c + 1] = digitStart[c]! + text.length + 1));
  const { rankOf, byRank } = alphabetical(keys);

  return {
    size,
    words,
    postingStart,
    postings,
    contactWordStart,
    contactWords,
    typo: buildTypoBuckets(words),
    emailLocal,
    allDigits: digits.join('\n'),
    digitStart,
    rankOf,
    byRank,
  };
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Alphabetical order of the folded names; equal names keep their order. Sorting plain strings is native-fast. */
function alphabetical(keys: readonly SearchKey[]): { rankOf: Uint32Array; byRank: Uint32Array } {
  const tagged = keys.map((key, c) => `${key.sort}\u0000${String(c).padStart(9, '0')}`).sort();
  const byRank = Uint32Array.from(tagged, (text) => Number(text.slice(text.length - 9)));
  const rankOf = new Uint32Array(keys.length);
  byRank.forEach((contact, rank) => (rankOf[contact] = rank));
  return { rankOf, byRank };
}
