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
import { phoneMatch } from './search-phone-match';
import { prefixRange } from './search-prefix-range';
import type { QueryToken, SearchQuery } from './search-query';
import { EXTRA_NAME_STEP, FIELD_COST, FIELD_STEP, MAX_ORDER, NOT_WHOLE, ORDER_STEP, PREFIX, TYPO } from './search-score';

/**
 * The seam for favourites and recent contacts (issue 14; the favourites issue is not built yet, so nothing passes
 * one today): a whole number of order steps taken off contact `c`'s score. Keep it below {@link FIELD_STEP} so a
 * favourite moves ahead of equal matches, never ahead of a better match.
 */
export type SearchBoost = (contact: number) => number;

/** Scratch space reused between contacts and keystrokes. */
let costs = new Float64Array(64);

/** Per-index scratch, reused between keystrokes so a keystroke allocates little more than its answer. */
interface Scratch {
  /** Bucket of each contact while ordering many matches. */
  bucketOf: Uint16Array;
  /** Typo checks by query word slot and word id: `typoStamp` holds `generation * 2 + (one edit away ? 1 : 0)`. */
  typoStamp: Uint32Array[];
  /** Contacts among the matches, while ordering many (`memberStamp` is `generation`). */
  memberStamp: Uint32Array;
  /** The kept matches, their scores, and sort keys: as long as the directory, so no keystroke allocates them. */
  members: Uint32Array;
  scores: Float64Array;
  keys: Float64Array;
  generation: number;
}
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const { size } = index;
    scratch = {
      bucketOf: new Uint16Array(size),
      typoStamp: [],
      memberStamp: new Uint32Array(size),
      members: new Uint32Array(size),
      scores: new Float64Array(size),
      keys: new Float64Array(size),
      generation: 0,
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** What ranking needs of one query word, worked out once per keystroke rather than once per contact. */
interface TokenPlan {
  token: QueryToken;
  /** The words starting with it: `[lo, hi)` of the sorted word list; `exact` is the word equal to it, or -1. */
  lo: number;
  hi: number;
  exact: number;
  /** By word id, for typo checks (see `Scratch.typoStamp`); null when the word forgives no typo. */
  typo: Uint32Array | null;
  generation: number;
}

/**
 * The contacts of `matches` (positions in the index) that give each query word its own word, best first.
 * `matches` must already pass the per-word test (search-contacts.ts); its order does not matter.
 */
export function rankMatches(index: SearchIndex, query: SearchQuery, matches: Uint32Array, boost?: SearchBoost): Uint32Array {
  if (query.kind === 'all') return index.byRank.slice();
  const scratch = scratchOf(index);
  scratch.generation += 1;
  const plans = query.kind === 'words' ? query.tokens.map((token, slot) => plan(index, token, slot, scratch)) : [];
  const { scores, members } = scratch;
  let kept = 0;
  for (let k = 0; k < matches.length; k += 1) {
    const c = matches[k]!;
    let score =
      query.kind === 'words'
        ? wordsScore(index, c, plans)
        : phoneScore(phoneMatch(index, c, query.digits, query.plain, true));
    if (score === Infinity) continue;
    if (boost) score = Math.max(0, score - Math.min(FIELD_STEP - 1, Math.max(0, Math.floor(boost(c)))));
    members[kept] = c;
    scores[kept++] = score;
  }
  return order(index, members.subarray(0, kept), scores.subarray(0, kept));
}

function plan(index: SearchIndex, token: QueryToken, slot: number, scratch: Scratch): TokenPlan {
  const [lo, hi] = prefixRange(index.words, token.word);
  const exact = lo < hi && index.words[lo] === token.word ? lo : -1;
  if (!token.fuzzy) return { token, lo, hi, exact, typo: null, generation: 0 };
  while (scratch.typoStamp.length <= slot) scratch.typoStamp.push(new Uint32Array(index.words.length));
  return { token, lo, hi, exact, typo: scratch.typoStamp[slot]!, generation: scratch.generation };
}

/** By score, then alphabetically: up to an eighth of the directory sorts natively; more go into one bucket per score. */
function order(index: SearchIndex, members: Uint32Array, scores: Float64Array): Uint32Array {
  const { size, byRank } = index;
  if (members.length <= size / 8) return sortedByKeys(index, members, scores);
  const ordered = new Uint32Array(members.length);
  // Many matches have few distinct scores: one bucket each, then one walk through the alphabet (counting sort).
  const { bucketOf } = scratchOf(index);
  const bucketIds = new Map<number, number>();
  const distinct: number[] = [];
  // Neighbouring matches often share a score (they come word by word): remember the last one.
  let lastScore = -1;
  let lastId = 0;
  for (let k = 0; k < members.length; k += 1) {
    const score = scores[k]!;
    if (score !== lastScore) {
      let id = bucketIds.get(score);
      if (id === undefined) {
        id = distinct.length;
        bucketIds.set(score, id);
        distinct.push(score);
      }
      lastScore = score;
      lastId = id;
    }
    bucketOf[members[k]!] = lastId;
  }
  if (distinct.length > 65_535) return sortedByKeys(index, members, scores);
  const byScore = distinct.map((score, id) => [score, id] as const).sort((a, b) => a[0] - b[0]);
  const counts = new Uint32Array(distinct.length);
  for (const c of members) counts[bucketOf[c]!]! += 1;
  const next = new Uint32Array(distinct.length);
  let at = 0;
  for (const [, id] of byScore) {
    next[id] = at;
    at += counts[id]!;
  }
  const { memberStamp, generation } = scratchOf(index);
  for (const c of members) memberStamp[c] = generation;
  for (let r = 0; r < size; r += 1) {
    const c = byRank[r]!;
    if (memberStamp[c] === generation) ordered[next[bucketOf[c]!]!++] = c;
  }
  return ordered;
}

function sortedByKeys(index: SearchIndex, members: Uint32Array, scores: Float64Array): Uint32Array {
  const { size, rankOf, byRank } = index;
  const keys = scratchOf(index).keys.subarray(0, members.length);
  for (let k = 0; k < members.length; k += 1) keys[k] = scores[k]! * size + rankOf[members[k]!]!;
  keys.sort();
  const ordered = new Uint32Array(members.length);
  for (let k = 0; k < keys.length; k += 1) ordered[k] = byRank[keys[k]! % size]!;
  return ordered;
}

/** A phone query: a whole number, then a number starting with either reading or holding the digits as typed. */
function phoneScore(found: number): number {
  if (found === FORBIDDEN) return Infinity;
  return (found === 0 ? 0 : NOT_WHOLE) + found;
}

/** How a query word matches word `w`: 0 equal, `PREFIX`, `TYPO`, or `FORBIDDEN`. */
function quality(index: SearchIndex, plan: TokenPlan, w: number): number {
  if (w >= plan.lo && w < plan.hi) return w === plan.exact ? 0 : PREFIX;
  if (plan.typo === null) return FORBIDDEN;
  let known = plan.typo[w]!;
  if (known >>> 1 !== plan.generation) {
    known = plan.generation * 2 + (isOneEditFromPrefix(plan.token.word, index.words[w]!) ? 1 : 0);
    plan.typo[w] = known;
  }
  return (known & 1) === 1 ? TYPO : FORBIDDEN;
}

/** A words query: the cheapest assignment of query words to the contact's words (and phone digits). */
function wordsScore(index: SearchIndex, c: number, plans: readonly TokenPlan[]): number {
  const { contactWords, contactWordStart } = index;
  const start = contactWordStart[c]!;
  const count = contactWordStart[c + 1]! - start;
  const rows = plans.length;
  let total: number;
  if (rows === 1) total = oneWordCost(index, c, plans[0]!, start, count);
  else {
    // Every assignment without a typo beats every one with a typo: try those first (the typo checks cost most).
    total = assignmentCost(index, c, plans, start, count, false);
    if (total === Infinity && plans.some((p) => p.typo !== null)) total = assignmentCost(index, c, plans, start, count, true);
  }
  if (total === Infinity) return Infinity;
  let nameWords = 0;
  while (nameWords < count && (contactWords[start + nameWords]! & 3) === FIELD.name) nameWords += 1;
  // A whole field is typed exactly, so only an all-exact assignment can be one.
  const whole = total < PREFIX && isWhole(index, c, plans, start, count, nameWords);
  return (whole ? 0 : NOT_WHOLE) + total + Math.min(7, Math.max(0, nameWords - rows)) * EXTRA_NAME_STEP;
}

/** The cheapest assignment of the query words to the contact's words and phone digits (typos allowed or not). */
function assignmentCost(index: SearchIndex, c: number, plans: readonly TokenPlan[], start: number, count: number, typos: boolean): number {
  const { contactWords } = index;
  const rows = plans.length;
  let phoneColumns = 0;
  for (const { token } of plans) if (token.digits !== undefined) phoneColumns += 1;
  const columns = count + phoneColumns;
  if (rows > columns) return Infinity;
  if (costs.length < rows * columns) costs = new Float64Array(rows * columns * 2);
  costs.fill(FORBIDDEN, 0, rows * columns);
  // Words come name, then position, then email: `local` is a word's place within its field.
  let field = -1;
  let local = 0;
  for (let j = 0; j < count; j += 1) {
    const pair = contactWords[start + j]!;
    const w = pair >>> 2;
    const wordField = pair & 3;
    if (wordField !== field) {
      field = wordField;
      local = 0;
    }
    for (let i = 0; i < rows; i += 1) {
      const plan = plans[i]!;
      const found = w >= plan.lo && w < plan.hi ? (w === plan.exact ? 0 : PREFIX) : typos ? quality(index, plan, w) : FORBIDDEN;
      if (found !== FORBIDDEN) costs[i * columns + j] = found + FIELD_COST[wordField]! + Math.min(MAX_ORDER, Math.abs(i - local)) * ORDER_STEP;
    }
    local += 1;
  }
  let column = count;
  for (let i = 0; i < rows; i += 1) {
    const digits = plans[i]!.token.digits;
    if (digits === undefined) continue;
    const found = phoneMatch(index, c, digits, digits, false);
    if (found !== FORBIDDEN) costs[i * columns + column] = found + FIELD_COST[FIELD.phone];
    column += 1;
  }
  return minCostAssignment(costs, rows, columns);
}

/** One query word: its best match among the contact's words (and phone digits); no assignment needed. */
function oneWordCost(index: SearchIndex, c: number, plan: TokenPlan, start: number, count: number): number {
  // Any exact or prefix match beats every typo: look for typos only when there is none (rarely: the word matched).
  let best = bestWord(index, plan, start, count, false);
  const digits = plan.token.digits;
  if (digits !== undefined) {
    const found = phoneMatch(index, c, digits, digits, false);
    if (found !== FORBIDDEN && found + FIELD_COST[FIELD.phone] < best) best = found + FIELD_COST[FIELD.phone];
  }
  if (best === FORBIDDEN && plan.typo !== null) best = bestWord(index, plan, start, count, true);
  return best === FORBIDDEN ? Infinity : best;
}

function bestWord(index: SearchIndex, plan: TokenPlan, start: number, count: number, typos: boolean): number {
  const { contactWords } = index;
  const { lo, hi, exact } = plan;
  let best = FORBIDDEN;
  let field = -1;
  let local = 0;
  for (let j = 0; j < count; j += 1) {
    const pair = contactWords[start + j]!;
    const w = pair >>> 2;
    const wordField = pair & 3;
    if (wordField !== field) {
      field = wordField;
      local = 0;
    } else local += 1;
    const found = w >= lo && w < hi ? (w === exact ? 0 : PREFIX) : typos ? quality(index, plan, w) : FORBIDDEN;
    if (found === FORBIDDEN) continue;
    const cost = found + FIELD_COST[wordField]! + Math.min(MAX_ORDER, local) * ORDER_STEP;
    if (cost < best) best = cost;
  }
  return best;
}

/** The query is a whole field: the name (any order), the email's local part or whole address, or a number. */
function isWhole(index: SearchIndex, c: number, plans: readonly TokenPlan[], start: number, count: number, nameWords: number): boolean {
  const { words, contactWords, emailLocal } = index;
  const tokens = plans.map((p) => p.token);
  if (tokens.length === nameWords && sameWords(index, tokens, start, nameWords)) return true;
  let emailFrom = count;
  while (emailFrom > 0 && (contactWords[start + emailFrom - 1]! & 3) === FIELD.email) emailFrom -= 1;
  if (isWholeEmail(words, contactWords, tokens, start + emailFrom, count - emailFrom, emailLocal[c]!)) return true;
  const digits = tokens[0]!.digits;
  return tokens.length === 1 && digits !== undefined && phoneMatch(index, c, digits, digits, false) === 0;
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
function isWholeEmail(words: readonly string[], contactWords: Uint32Array, tokens: readonly QueryToken[], from: number, count: number, local: number): boolean {
  if (local === 255 || (tokens.length !== local && tokens.length !== count)) return false;
  return tokens.every((token, k) => words[contactWords[from + k]! >>> 2] === token.word);
}
