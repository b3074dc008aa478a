import { describe, expect, it } from 'vitest';
import { feedPageCache } from '../../../server/directory/feed-page-cache';

describe('feedPageCache', () => {
  it('answers a kept page only under the stamp it was read under', () => {
    const cache = feedPageCache(1024);
    cache.set('acme', 0, 100, 7, '{"contacts":[]}');
    const actual = [cache.get('acme', 0, 100, 7), cache.get('acme', 0, 100, 8), cache.get('acme', 0, 50, 7), cache.get('acme', 1, 100, 7), cache.get('other', 0, 100, 7)];
    expect(actual).toEqual(['{"contacts":[]}', undefined, undefined, undefined, undefined]);
  });

  it('replaces a page read under an older stamp', () => {
    const cache = feedPageCache(1024);
    cache.set('acme', 0, 100, 7, 'old');
    cache.set('acme', 0, 100, 8, 'new');
    expect([cache.get('acme', 0, 100, 7), cache.get('acme', 0, 100, 8)]).toEqual([undefined, 'new']);
  });

  it('keeps at most its budget of bytes, dropping the least recently used page first', () => {
    const cache = feedPageCache(250);
    const page = (fill: string) => Buffer.alloc(100, fill);
    cache.set('acme', 0, 100, 1, page('a'));
    cache.set('acme', 1, 100, 1, page('b'));
    cache.get('acme', 0, 100, 1); // a is now the most recently used
    cache.set('acme', 2, 100, 1, page('c'));
    const kept = [0, 1, 2].map((after) => cache.get('acme', after, 100, 1) !== undefined);
    expect({ kept, size: cache.size }).toEqual({ kept: [true, false, true], size: 200 });
  });

  it('keeps nothing with a budget of 0, or a page larger than the whole budget', () => {
    const off = feedPageCache(0);
    off.set('acme', 0, 100, 1, 'page');
    const small = feedPageCache(10);
    small.set('acme', 0, 100, 1, Buffer.alloc(11));
    expect([off.get('acme', 0, 100, 1), small.get('acme', 0, 100, 1), small.size]).toEqual([undefined, undefined, 0]);
  });
});
