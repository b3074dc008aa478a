/**
 * Failed authentication, limited per client address (issue 9, defect 8). After `max` requests with no or a wrong
 * token within a window, every request from that address that needs a token is answered 429 with `Retry-After`,
 * before its token is even looked at: a blocked address cannot keep testing guesses, not even a right one.
 * Requests from other addresses, and the general per-token limit, are untouched.
 *
 * Not @fastify/rate-limit: its limiter counts every call it sees, and here only failures count while every request
 * must first be checked against the count.
 */

export interface FailedAuthLimit {
  /** Seconds until `address` may try again (0: not blocked). */
  retryAfter(address: string, now: number): number;
  /** Counts one failed authentication from `address`. */
  failed(address: string, now: number): void;
}

/** Addresses tracked at most: past this, windows that have ended are dropped. */
const PRUNE_ABOVE = 10_000;

/** A fixed-window counter per address; `max` 0 turns the limit off. */
export function failedAuthLimit(max: number, windowMs: number): FailedAuthLimit {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    retryAfter(address, now) {
      const window = windows.get(address);
      if (max === 0 || !window || window.endsAt <= now || window.count < max) return 0;
      return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
    },
    failed(address, now) {
      if (max === 0) return;
      const window = windows.get(address);
      if (window && window.endsAt > now) {
        window.count += 1;
        return;
      }
      if (windows.size >= PRUNE_ABOVE) {
        for (const [key, { endsAt }] of windows) if (endsAt <= now) windows.delete(key);
      }
      windows.set(address, { count: 1, endsAt: now + windowMs });
    },
  };
}
