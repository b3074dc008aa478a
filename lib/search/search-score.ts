/**
 * The parts of a search score (issue 14), lower is better; search-rank.ts explains the order they rank in.
 */

// Score parts, each larger than the most the parts below it can add up to (4 query words for the order, 16 for the
// rest; past that a part may spill into the next, a negligible blur).
export const ORDER_STEP = 1;
export const MAX_ORDER = 7;
/** Name words the query left unused, up to 7: `j ramos` is Juan Ramos before Jorge Ramos Rodríguez. */
export const EXTRA_NAME_STEP = 2 ** 5;
export const FIELD_STEP = 2 ** 8;
export const PREFIX = 2 ** 14;
export const TYPO = 2 ** 20;
export const NOT_WHOLE = 2 ** 26;
/** Field weights, by `FIELD` value: name, position, email, phone digits. */
export const FIELD_COST = [0, FIELD_STEP, 2 * FIELD_STEP, 3 * FIELD_STEP] as const;
