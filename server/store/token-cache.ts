/**
 * Found tokens kept in memory for a short while, for both stores (issue 10): the auth check of every request reads
 * memory, not the tokens table. A token revoked by another process on the database (another instance, the CLI) is
 * refused at most `TOKEN_CACHE_MS` later (the issue asks for 1 s); one revoked by this process is refused at once,
 * since each store empties the cache after every commit of its own. No LISTEN/NOTIFY connection to keep alive: a
 * lost notification cannot stretch the delay, and one look-up per token per half second costs nothing.
 *
 * Only tokens that exist are kept (a few per team), so unknown hashes sent by anyone cannot fill it; a look-up that
 * was on its way when the cache was emptied is not kept (it may have read the token before its revocation).
 */
import { LRUCache } from 'lru-cache';
import type { CallerToken } from './store';

export const TOKEN_CACHE_MS = 500;

export interface TokenCache {
  find(hash: string): Promise<CallerToken | undefined>;
  /** This process committed something: look every token up again. */
  clear(): void;
}

export function tokenCache(lookup: (hash: string) => CallerToken | undefined | Promise<CallerToken | undefined>): TokenCache {
  const tokens = new LRUCache<string, CallerToken>({ max: 10_000, ttl: TOKEN_CACHE_MS });
  let generation = 0;
  return {
    async find(hash) {
      const kept = tokens.get(hash);
      if (kept) return kept;
      const asked = generation;
      const token = await lookup(hash);
      if (token && asked === generation) tokens.set(hash, token);
      return token;
    },
    clear() {
      generation++;
      tokens.clear();
    },
  };
}
