/**
 * Ordering the matches of a query so the person meant is the first row (issue 14). A contact's score is, from the
 * most to the least significant:
 *   1. the query is a whole field: the full name (any order), the email's local part (`yan.liu5`) or a number;
 *   2. how many query words are typos, then how many are prefixes of a longer word (`smit` is exact for Smit and a
 *      prefix for Smith);
 *   3. the fields used: name before position before email before phone digits;
 *   4. the fewest name words left over (`j ramos`: Juan Ramos before Jorge Ramos Rodríguez);
 *   5. word order as typed (a small bonus);
 * then the alphabet. Each query word takes a different word of the contact (the cheapest such choice, see
 * search-assignment.ts); a contact with no such choice does not match.
 */
import { FORBIDDEN, minCostAssignment } from './search-assignment';
import { FIELD, type SearchIndex } from './search-index';
import { isOneEditFromPrefix } from './search-one-edit';
import type { QueryToken, SearchQuery } from './search-query';

/**
 * The seam for favourites and recent contacts (issue 14; the favourites issue is not built yet, so nothing passes
 * one today): a whole number of order steps taken off contact `c`'s score. Keep it below {@link FIELD_STEP} so a
 * favourite moves ahead of equal matches, never ahead of a better match.
 */
export type SearchBoost = (contact: number) => number;

// Score parts, each larger than the most the parts below it can add up to (4 query words for the order, 16 for the
// rest; past that a part may spill into the next, a negligible blur).
const ORDER_STEP = 1;
const MAX_ORDER = 7;
/** Name words the query left unused, up to 7: `j ramos` is Juan Ramos before Jorge Ramos Rodríguez. */
const EXTRA_NAME_STEP = 2 ** 5;
export const FIELD_STEP = 2 ** 8;
const PREFIX = 2 ** 14;
const TYPO = 2 ** 20;
const NOT_WHOLE = 2 ** 26;
/** Field weights, by `FIELD` value: name, position, email, phone digits. */
const FIELD_COST = [0, FIELD_STEP, 2 * FIELD_STEP, 3 * FIELD_STEP] as const;

/** Scratch space reused between contacts and keystrokes. */
let costs = new Float64Array(64);

/**
 * The contacts of `matches` (positions in the index) that give each query word its own word, best first.
 * `matches` must already pass the per-word test (search-contacts.ts); its order does not matter.
 */
export function rankMatches(index: SearchIndex, query: SearchQuery, matches: Uint32Array, boost?: SearchBoost): Uint32Array {
  if (query.kind === 'all') return index.byRank.slice();
  const { size, rankOf, byRank } = index;
  const keys = new Float64Array(matches.length);
  let kept = 0;
  for (let k = 0; k < matches.length; k += 1) {
    const c = matches[k]!;
    let score = query.kind === 'phone' ? phoneScore(index, c, query.digits, query.plain) : wordsScore(index, c, query.tokens);
    if (score === Infinity) continue;
    if (boost) score = Math.max(0, score - Math.min(FIELD_STEP - 1, Math.max(0, Math.floor(boost(c)))));
    keys[kept++] = score * size + rankOf[c]!;
  }
  const sorted = keys.subarray(0, kept).sort();
  const ordered = new Uint32Array(kept);
  for (let k = 0; k < kept; k += 1) ordered[k] = byRank[sorted[k]! % size]!;
  return ordered;
}

/** A phone query: a whole number, then a number starting with either reading or holding the digits as typed. */
function phoneScore(index: SearchIndex, c: number, digits: string, plain: string): number {
  const found = phoneMatch(index, c, digits, plain);
  if (found === FORBIDDEN) return Infinity;
  return (found === 0 ? 0 : NOT_WHOLE) + found;
}

/**
 * How contact `c`'s digit forms hold the digits: 0 when one equals either reading; then, a step apart, one starting
 * with every digit typed, holding them, or starting with the international reading (`0033 61` = `+33 61`); `TYPO`
 * when only the international reading is inside a number (the `00` dropped may have been copied from inside it);
 * else `FORBIDDEN`. Every digit typed is the closer reading, so `002083` finds the number holding `002083` first.
 */
function phoneMatch(index: SearchIndex, c: number, digits: string, plain: string): number {
  const { allDigits, digitStart } = index;
  const end = digitStart[c + 1]! - 1;
  let best = FORBIDDEN;
  for (let from = digitStart[c]!; from < end; ) {
    let to = allDigits.indexOf(' ', from);
    if (to === -1 || to > end) to = end;
    const form = allDigits.slice(from, to);
    if (form === digits || form === plain) return 0;
    const found = form.startsWith(plain)
      ? PREFIX
      : form.includes(plain)
        ? PREFIX + ORDER_STEP
        : form.startsWith(digits)
          ? PREFIX + 2 * ORDER_STEP
          : form.includes(digits)
            ? TYPO
            : FORBIDDEN;
    if (found < best) best = found;
    from = to + 1;
  }
  return best;
}

/** A words query: the cheapest assignment of query words to the contact's words (and phone digits). */
function wordsScore(index: SearchIndex, c: number, tokens: readonly QueryToken[]): number {
  const { words, contactWords, contactWordStart, emailLocal } = index;
  const start = contactWordStart[c]!;
  const count = contactWordStart[c + 1]! - start;
  let phoneColumns = 0;
  for (const token of tokens) if (token.digits !== undefined) phoneColumns += 1;
  const columns = count + phoneColumns;
  const rows = tokens.length;
  if (rows > columns) return Infinity;
  if (costs.length < rows * columns) costs = new Float64Array(rows * columns * 2);
  costs.fill(FORBIDDEN, 0, rows * columns);

  // Words come name, then position, then email: `local` is a word's place within its field.
  let field = -1;
  let local = 0;
  let nameWords = 0;
  let emailFrom = count;
  for (let j = 0; j < count; j += 1) {
    const pair = contactWords[start + j]!;
    const word = words[pair >>> 2]!;
    const wordField = pair & 3;
    if (wordField !== field) {
      field = wordField;
      local = 0;
      if (field === FIELD.email) emailFrom = j;
    }
    if (field === FIELD.name) nameWords += 1;
    for (let i = 0; i < rows; i += 1) {
      const token = tokens[i]!;
      const quality = word === token.word ? 0 : word.startsWith(token.word) ? PREFIX : token.fuzzy && isOneEditFromPrefix(token.word, word) ? TYPO : FORBIDDEN;
      if (quality !== FORBIDDEN) costs[i * columns + j] = quality + FIELD_COST[wordField]! + Math.min(MAX_ORDER, Math.abs(i - local)) * ORDER_STEP;
    }
    local += 1;
  }
  let column = count;
  for (let i = 0; i < rows; i += 1) {
    const digits = tokens[i]!.digits;
    if (digits === undefined) continue;
    const found = phoneMatch(index, c, digits, digits);
    if (found !== FORBIDDEN) costs[i * columns + column] = found + FIELD_COST[FIELD.phone];
    column += 1;
  }

  const total = rows === 1 ? minOf(costs, columns) : minCostAssignment(costs, rows, columns);
  if (total === Infinity) return Infinity;
  const whole =
    (rows === nameWords && sameWords(index, tokens, start, nameWords)) ||
    isWholeEmail(index, tokens, start + emailFrom, count - emailFrom, emailLocal[c]!) ||
    (rows === 1 && tokens[0]!.digits !== undefined && phoneMatch(index, c, tokens[0]!.digits, tokens[0]!.digits) === 0);
  return (whole ? 0 : NOT_WHOLE) + total + Math.min(7, Math.max(0, nameWords - rows)) * EXTRA_NAME_STEP;
}

function minOf(row: Float64Array, columns: number): number {
  let best = FORBIDDEN;
  for (let j = 0; j < columns; j += 1) if (row[j]! < best) best = row[j]!;
  return best === FORBIDDEN ? Infinity : best;
}

/** The query words are the name's words, in any order (`nunez jose` is José Núñez's whole name). */
function sameWords(index: SearchIndex, tokens: readonly QueryToken[], from: number, count: number): boolean {
  const name: string[] = [];
  for (let j = 0; j < count; j += 1) name.push(index.words[index.contactWords[from + j]! >>> 2]!);
  const typed = tokens.map((token) => token.word);
  name.sort();
  typed.sort();
  return name.every((word, k) => word === typed[k]);
}

/** The query words are, in order, the email's local part (`yan.liu5`) or the whole address. */
function isWholeEmail(index: SearchIndex, tokens: readonly QueryToken[], from: number, count: number, local: number): boolean {
  if (local === 255 || (tokens.length !== local && tokens.length !== count)) return false;
  return tokens.every((token, k) => index.words[index.contactWords[from + k]! >>> 2] === token.word);
}
