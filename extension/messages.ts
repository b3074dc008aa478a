/**
 * The messages the popup and options page send to the background worker, typed once for both sides.
 */
import type { OutboxEntry } from './db';
import type { Write } from './outbox';
import type { SyncReport } from './sync-engine';

export interface Messages {
  /** Push then pull now (popup open, retry button, settings saved). */
  'sync-now': { request: undefined; response: SyncReport };
  /** An admin write (next issue): stored in the outbox and pushed at once. */
  enqueue: { request: Write; response: OutboxEntry };
}

export type MessageName = keyof Messages;
export type Message = { [K in MessageName]: { type: K; data: Messages[K]['request'] } }[MessageName];

/** Sends a message to the background worker and resolves with its answer. */
export function sendToBackground<K extends MessageName>(type: K, data: Messages[K]['request']): Promise<Messages[K]['response']> {
  return browser.runtime.sendMessage({ type, data });
}
