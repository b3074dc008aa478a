/**
 * The messages the popup and options page send to the background worker, typed once for both sides.
 */
import type { ConflictRecord } from '../storage/db';
import type { Write } from '../storage/outbox';
import type { SyncReport } from '../sync/sync-engine';

export interface Messages {
  /** Push then pull now (popup open, retry button, settings saved). */
  'sync-now': { request: undefined; response: SyncReport };
  /** An admin write from the options page: stored in the outbox, pushed at once, and its outcome answered. */
  save: { request: Write; response: SaveOutcome };
}

/**
 * What became of a write: `saved` (on the server, or in this browser in local mode), `pending` (kept in the outbox:
 * the server could not be reached; sent later), or `refused` by the server (409 conflict, 422…), with the record the
 * options page shows so nothing is lost.
 */
export type SaveOutcome =
  | { status: 'saved' }
  | { status: 'pending'; reason: string }
  | { status: 'refused'; conflict: ConflictRecord };

export type MessageName = keyof Messages;
export type Message = { [K in MessageName]: { type: K; data: Messages[K]['request'] } }[MessageName];

/** The worker could not handle a message (its handler threw): the answer is `{ error }` instead of a response. */
export class BackgroundError extends Error {
  override name = 'BackgroundError';
}

/** Sends a message to the background worker and resolves with its answer; rejects with BackgroundError if it failed. */
export async function sendToBackground<K extends MessageName>(type: K, data: Messages[K]['request']): Promise<Messages[K]['response']> {
  const answer: unknown = await browser.runtime.sendMessage({ type, data });
  // No response of the map above has an `error` key: only the worker's failure answer does.
  if (typeof answer === 'object' && answer !== null && 'error' in answer) {
    throw new BackgroundError(String((answer as { error: unknown }).error));
  }
  return answer as Messages[K]['response'];
}
