/**
 * "Call numbers on this site" clicks waiting for the browser's permission answer (issue 13). Firefox closes the
 * toolbar popup when its permission prompt opens, and with it the popup's script, which would have asked the worker
 * to register the site once the permission came: so the popup leaves its intent here first, and the worker acts on
 * it when the permission is added (extension/browser/site-calling.ts). Kept in `storage.session`: it survives the
 * worker being stopped while the prompt is open, and no browser restart.
 */

const KEY = 'siteCallingIntents';
/** A prompt left open longer than this is not the click that asked any more. */
const INTENT_TTL_MS = 10 * 60_000;

interface Intent {
  origin: string;
  tabId?: number;
  at: number;
}

async function readIntents(now: number): Promise<Intent[]> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as Intent[]).filter((intent) => now - intent.at < INTENT_TTL_MS) : [];
}

/** Keeps the intent to turn click-to-call on for `origin` (run at once in `tabId`), replacing an older one. */
export async function keepSiteCallingIntent(origin: string, tabId: number | undefined, now: number): Promise<void> {
  const intents = (await readIntents(now)).filter((intent) => intent.origin !== origin);
  await browser.storage.session.set({ [KEY]: [...intents, { origin, tabId, at: now }] });
}

/** Removes and answers the intents that have not expired for the origins `wanted` accepts. */
export async function takeSiteCallingIntents(wanted: (origin: string) => boolean, now: number): Promise<Intent[]> {
  const intents = await readIntents(now);
  const taken = intents.filter((intent) => wanted(intent.origin));
  if (taken.length > 0 || intents.length > 0) await browser.storage.session.set({ [KEY]: intents.filter((intent) => !wanted(intent.origin)) });
  return taken;
}
