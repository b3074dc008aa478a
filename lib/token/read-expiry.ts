/**
 * A token's expiry as typed by a person (issue 11): the API's `expiresAt` and the CLI's `--expires` read it with this
 * one rule. ISO 8601: a date (midnight UTC) or a date-time with its offset. A date-time without one would be read in
 * the server's time zone, which the person typing it does not see.
 */

const ISO_TIME = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d))?$/u;
/** Beyond this, toISOString writes a 6-digit year (`+010000-…`) that no longer sorts as a string. */
const LAST_TIME = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * `format`: not an ISO 8601 date or date-time with its zone (or past year 9999); `past`: not after `now`.
 */
export type ExpiryProblem = 'format' | 'past';

export type ExpiryReading = { ok: true; expiresAt: string } | { ok: false; problem: ExpiryProblem };

/**
 * Reads `text` as an expiry later than `now` (both ISO 8601), into the stored form (toISOString, so stored times
 * compare as strings). Bad input is a result, not an exception: the caller words the message for its own field.
 */
export function readExpiry(text: string, now: string): ExpiryReading {
  const time = ISO_TIME.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time) || time > LAST_TIME) return { ok: false, problem: 'format' };
  const expiresAt = new Date(time).toISOString();
  if (expiresAt <= now) return { ok: false, problem: 'past' };
  return { ok: true, expiresAt };
}

