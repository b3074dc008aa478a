/**
 * Favourites and recent contacts (issue 13): which contacts a user starred, and which they last called or emailed
 * from the extension. Kept by contact id; pure, so the popup, the worker and the tests share one rule.
 */

/** A contact called or emailed from the extension, and when (ms since epoch). */
export interface RecentContact {
  id: string;
  at: number;
}

export interface ContactMarks {
  /** Starred contacts, in the order starred. */
  favourites: string[];
  /** Newest first, at most {@link MAX_RECENTS}, each contact once. */
  recents: RecentContact[];
}

export const MAX_RECENTS = 20;

export const noMarks: ContactMarks = { favourites: [], recents: [] };

/** `favourites` with `id` starred, or unstarred if it was. */
export function toggleFavourite(favourites: readonly string[], id: string): string[] {
  return favourites.includes(id) ? favourites.filter((favourite) => favourite !== id) : [...favourites, id];
}

/** `recents` with `id` first, at `at`; an earlier entry for it is dropped, and the list is cut at {@link MAX_RECENTS}. */
export function addRecent(recents: readonly RecentContact[], id: string, at: number): RecentContact[] {
  return [{ id, at }, ...recents.filter((recent) => recent.id !== id)].slice(0, MAX_RECENTS);
}

/** Keeps only well-formed marks (storage read back from an older or hand-edited version): never throws. */
export function readMarks(stored: unknown): ContactMarks {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof ContactMarks, unknown>>;
  const favourites = Array.isArray(value.favourites) ? value.favourites.filter((id): id is string => typeof id === 'string') : [];
  const recents = Array.isArray(value.recents)
    ? value.recents.filter((recent): recent is RecentContact => typeof recent?.id === 'string' && typeof recent?.at === 'number').slice(0, MAX_RECENTS)
    : [];
  return { favourites: [...new Set(favourites)], recents };
}
