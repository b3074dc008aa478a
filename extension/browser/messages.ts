/**
 * The messages the popup, the options page and the click-to-call content script send to the background worker,
 * typed once for both sides. A content script (a web page's tab) may send only {@link PAGE_MESSAGES}.
 */
import type { CallMethod } from '../../lib/call/call-link';
import type { ConflictRecord } from '../storage/db';
import type { Write } from '../storage/outbox';
import type { SyncReport } from '../sync/sync-engine';

export interface Messages {
  /** Push then pull now (popup open, retry button, settings saved). */
  'sync-now': { request: undefined; response: SyncReport };
  /** An admin write from the options page: stored in the outbox, pushed at once, and its outcome answered. */
  save: { request: Write; response: SaveOutcome };
  /** Sent before the popup asks for `origin`'s permission: turn it on when the permission comes (Firefox closes the popup). */
  'expect-site-calling': { request: { origin: string; tabId?: number }; response: null };
  /** Click-to-call on this site (issue 13): register the content script for `origin`, and run it now in `tabId`. */
  'enable-site-calling': { request: { origin: string; tabId?: number }; response: null };
  /** Click-to-call off for `origin`: unregister, give the site's permission back, stop the script in `tabId`. */
  'disable-site-calling': { request: { origin: string; tabId?: number }; response: null };
  /** What the content script needs to read and call numbers: the user's country and call method, and whether they may add contacts. */
  'page-phones-context': { request: undefined; response: PagePhonesContext };
  /** The directory's contact with this E.164 number, or null. */
  'lookup-phone': { request: { e164: string }; response: PhoneOwner | null };
  /** "Add as contact" on a page's number: opens the add form with it (admins and local mode only). */
  'add-phone-as-contact': { request: { e164: string }; response: null };
  /** A contact was called or emailed from the extension (click-to-call, the omnibox): kept in the recents. */
  'record-recent': { request: { id: string }; response: null };
}

/** The messages a content script may send: everything else is refused from a web page's tab. */
export const PAGE_MESSAGES: readonly MessageName[] = ['page-phones-context', 'lookup-phone', 'add-phone-as-contact', 'record-recent'];

export interface PagePhonesContext {
  /** ISO 3166 alpha-2, or '' (international numbers only). */
  defaultCountry: string;
  callMethod: CallMethod;
  callTemplate: string;
  /** Admins and local mode: "Add as contact" is offered. */
  mayAdd: boolean;
}

/** What a page's number card shows of the contact who has it. */
export interface PhoneOwner {
  id: string;
  name: string;
  position: string;
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
