/**
 * The change feed's answers kept in memory (issue 10's figures): every teammate's extension polls the same page of
 * its organisation's feed (the empty page past the latest change, or the pages of a first pull), and that page only
 * changes when a contact of the organisation does. So each assembled answer is kept, bytes ready to send, with the
 * organisation's change stamp it was read under (`OrgStore.changeStamp`), and answered again while the stamp is the
 * same. The stamp is read before the page: a page read under a stamp is never older than it, and a commit that
 * finished before a request arrived always moves the stamp that request reads, so a cached answer is never older
 * than a read of the database would be (read-after-write holds, across instances too).
 *
 * Bounded by bytes (least recently used out first); `maxBytes` 0 keeps nothing.
 */
import { LRUCache } from 'lru-cache';

/** The answer as sent: bytes for a page of contacts, text for a short one (see the route). */
export type FeedBody = Buffer | string;

interface Entry {
  stamp: number;
  body: FeedBody;
}

export interface FeedPageCache {
  /** The answer kept for this page, if it was read under `stamp`. */
  get(orgId: string, afterSeq: number, limit: number, stamp: number): FeedBody | undefined;
  /** Keeps the answer read under `stamp` (taken before the read), replacing any older one of the same page. */
  set(orgId: string, afterSeq: number, limit: number, stamp: number, body: FeedBody): void;
  /** Bytes held (tests, logs). */
  readonly size: number;
}

const key = (orgId: string, afterSeq: number, limit: number) => `${orgId}\n${afterSeq}\n${limit}`;

export function feedPageCache(maxBytes: number): FeedPageCache {
  if (maxBytes <= 0) return { get: () => undefined, set: () => undefined, size: 0 };
  const pages = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    // A string's length counts its UTF-16 units: close enough to its bytes for a budget.
    sizeCalculation: (entry) => Math.max(1, entry.body.length),
  });
  return {
    get(orgId, afterSeq, limit, stamp) {
      const entry = pages.get(key(orgId, afterSeq, limit));
      return entry?.stamp === stamp ? entry.body : undefined;
    },
    set(orgId, afterSeq, limit, stamp, body) {
      // Larger than the whole budget: lru-cache refuses it (and keeps the rest).
      pages.set(key(orgId, afterSeq, limit), { stamp, body });
    },
    get size() {
      return pages.calculatedSize;
    },
  };
}
