import { describe, expect, it } from 'vitest';
import type { CallerToken } from '../../../server/store/store';
import { TOKEN_CACHE_MS, tokenCache } from '../../../server/store/token-cache';

const alice: CallerToken = {
  id: 't1',
  name: 'alice',
  role: 'admin',
  createdAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
  expiresAt: null,
  lastUsedAt: null,
  ownerId: null,
  organisation: { id: 'default', name: 'default' },
};

/** A tokens table of one token the test can revoke, counting look-ups. */
function table() {
  const state = { revoked: false, lookups: 0 };
  const lookup = async (hash: string) => {
    state.lookups++;
    return hash === 'alice-hash' && !state.revoked ? alice : undefined;
  };
  return { state, lookup };
}

describe('tokenCache', () => {
  it('looks a found token up once per TOKEN_CACHE_MS, and sees a revocation elsewhere after it', async () => {
    const { state, lookup } = table();
    const cache = tokenCache(lookup);
    const first = await cache.find('alice-hash');
    const again = await cache.find('alice-hash');
    state.revoked = true; // by another process: nothing tells this one
    const soon = await cache.find('alice-hash');
    // Real time: lru-cache reads performance.now, which it took before any fake timer could replace it.
    await new Promise((resolve) => setTimeout(resolve, TOKEN_CACHE_MS + 20));
    const later = await cache.find('alice-hash');
    expect({ names: [first, again, soon, later].map((token) => token?.name ?? null), lookups: state.lookups }).toEqual({ names: ['alice', 'alice', 'alice', null], lookups: 2 });
  });

  it('looks every token up again once cleared (a revocation by this process)', async () => {
    const { state, lookup } = table();
    const cache = tokenCache(lookup);
    await cache.find('alice-hash');
    state.revoked = true;
    cache.clear();
    expect(await cache.find('alice-hash')).toBeUndefined();
  });

  it('does not keep what a look-up on its way during a clear found', async () => {
    const answers: ((token: CallerToken) => void)[] = [];
    const cache = tokenCache(() => new Promise<CallerToken>((resolve) => answers.push(resolve)));
    const onItsWay = cache.find('alice-hash');
    cache.clear(); // a revocation committed here, after that look-up read the table
    answers[0]!(alice);
    await onItsWay;
    const next = cache.find('alice-hash');
    answers[1]?.(alice);
    await next;
    expect(answers).toHaveLength(2);
  });

  it('keeps no unknown token: each unknown hash is looked up again', async () => {
    const { state, lookup } = table();
    const cache = tokenCache(lookup);
    await cache.find('nobody');
    await cache.find('nobody');
    expect(state.lookups).toBe(2);
  });
});
