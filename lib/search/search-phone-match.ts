/**
 * How well a contact's phone digits hold digits typed (issue 14: "digits from inside a number try both readings").
 */
import type { SearchIndex } from './search-index';
import { FORBIDDEN } from './search-assignment';
import { ORDER_STEP, PREFIX, TYPO } from './search-score';

/**
 * How contact `c`'s digit forms hold the digits: 0 when one equals either reading; then, a step apart, one starting
 * with every digit typed, holding them, or starting with the international reading (`0033 61` = `+33 61`); `TYPO`
 * when only the international reading is inside a number (the `00` dropped may have been copied from inside it);
 * else `FORBIDDEN`. Every digit typed is the closer reading, so `002083` finds the number holding `002083` first.
 * `present`: the contact is known to hold `digits` (it matched a phone query), so a search for them stays inside it.
 */
export function phoneMatch(index: SearchIndex, c: number, digits: string, plain: string, present: boolean): number {
  const { allDigits, digitStart } = index;
  const end = digitStart[c + 1]! - 1;
  const both = digits !== plain;
  let best = FORBIDDEN;
  // Forms are separated by spaces; no slicing, so a keystroke over 100,000 numbers allocates nothing here.
  for (let from = digitStart[c]!; from < end; ) {
    let to = from;
    while (to < end && allDigits.charCodeAt(to) !== 32) to += 1;
    const length = to - from;
    if ((length === plain.length && allDigits.startsWith(plain, from)) || (both && length === digits.length && allDigits.startsWith(digits, from))) return 0;
    const found = allDigits.startsWith(plain, from)
      ? PREFIX
      : holds(allDigits, plain, from + 1, to, present && !both)
        ? PREFIX + ORDER_STEP
        : !both
          ? FORBIDDEN
          : allDigits.startsWith(digits, from)
            ? PREFIX + 2 * ORDER_STEP
            : holds(allDigits, digits, from + 1, to, present)
              ? TYPO
              : FORBIDDEN;
    if (found < best) best = found;
    from = to + 1;
  }
  return best;
}

/**
 * Whether `text[from..to)` contains `part`. `indexOf` is fastest, but when `part` may be absent from the contact it
 * would run on through every later contact: then a bounded loop.
 */
function holds(text: string, part: string, from: number, to: number, presentInContact: boolean): boolean {
  if (presentInContact) {
    const at = text.indexOf(part, from);
    return at !== -1 && at + part.length <= to;
  }
  for (let at = from; at + part.length <= to; at += 1) if (text.startsWith(part, at)) return true;
  return false;
}
