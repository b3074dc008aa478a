/**
 * `lastUsedAt` of tokens (issue 11), kept cheap: a token's row is written at most once a minute, not on every
 * request. Each process remembers when it last wrote each token, and skips the write while the token's stored time
 * (as the auth look-up read it) or its own last write is less than a minute old; the write itself only moves the
 * time forward (`last_used_at < at`), so several instances on one database do not undo each other. The write runs
 * after the answer is on its way (not awaited): a failed one is logged, and the next request a minute later retries.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { CallerToken, Store } from '../store/store';

/** How stale `lastUsedAt` may be. */
export const LAST_USED_EVERY_MS = 60_000;

/** Returns `used(token, nowMs)`, to call on each authenticated request. */
export function lastUsedRecorder(store: Store, log: FastifyBaseLogger): (token: CallerToken, nowMs: number) => void {
  // One entry per token that authenticated (never for unknown tokens): as small as the tokens table.
  const written = new Map<string, number>();
  return (token, nowMs) => {
    const stored = token.lastUsedAt === null ? 0 : Date.parse(token.lastUsedAt);
    if (nowMs - Math.max(stored, written.get(token.id) ?? 0) < LAST_USED_EVERY_MS) return;
    written.set(token.id, nowMs);
    store.forOrg(token.organisation.id).touchToken(token.id, new Date(nowMs).toISOString()).catch((error: unknown) => {
      written.delete(token.id);
      log.error({ err: error, token: token.name }, 'could not record when this token was last used');
    });
  };
}
