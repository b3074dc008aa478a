/**
 * Click-to-call, opt-in per site (issue 13): the only file that registers the content script. A site is turned on
 * from the popup's click (the optional host permission for that one origin), which registers the script for that
 * origin only, persisted across browser restarts, and runs it in the open tab at once so no reload is needed.
 *
 * One registration per origin, its id derived from the origin, so the popup reads "on" straight from the browser's
 * own list (`getRegisteredContentScripts`): no second copy of the state to drift.
 */
import { keepSiteCallingIntent, takeSiteCallingIntents } from '../storage/site-calling-intents';
import { sitePermissionPattern } from './permissions';
import { reportError } from './report-error';

/** Where WXT writes the content script of entrypoints/page-phones.content/. */
const SCRIPT = '/content-scripts/page-phones.js';
const PREFIX = 'page-phones ';

const scriptId = (origin: string) => `${PREFIX}${origin}`;

/** The message the content script answers by removing its listeners and card (the site was turned off). */
export const STOP_PAGE_PHONES = 'page-phones-stop';

/** The origin of a tab's URL when click-to-call can run there (http and https pages), else null. */
export function callableOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The site of the tab the popup was opened over, whether click-to-call is on there; null on a page it cannot run on. */
export interface CurrentSite {
  origin: string;
  tabId: number;
  on: boolean;
}

/**
 * The active tab of the last focused browser window: the page under the toolbar popup (the click gave the popup
 * activeTab, so its URL is readable), also when the popup is opened in a window of its own.
 */
export async function readCurrentSite(): Promise<CurrentSite | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
  const origin = callableOrigin(tab?.url);
  if (origin === null || tab?.id === undefined) return null;
  return { origin, tabId: tab.id, on: (await siteCallingOrigins()).includes(origin) };
}

/** The origins click-to-call is on for. */
export async function siteCallingOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((script) => script.id.startsWith(PREFIX)).map((script) => script.id.slice(PREFIX.length));
}

/**
 * Whether click-to-call is on for the page at `url`: asked of every message of the content script. In Firefox its
 * registration covers every port of the site's host (see sitePermissionPattern), and only the site turned on is answered.
 */
export async function isSiteCallingOn(url: string | undefined): Promise<boolean> {
  const origin = callableOrigin(url);
  return origin !== null && (await siteCallingOrigins()).includes(origin);
}

/**
 * Registers the content script for `origin` (the permission must be granted already: the popup asks for it) and
 * runs it in `tabId`. Registering twice is not an error: the second click of a popup left open re-runs nothing.
 */
export function enableSiteCalling(origin: string, tabId?: number): Promise<void> {
  // One at a time: the popup's request and the permission's `onAdded` (below) may both turn the same site on.
  return serially(() => enable(origin, tabId));
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * Runs `task` after every task queued before it. Also orders the popup's intent before the `onAdded` that reads it:
 * a permission granted without a prompt (already granted to another extension page, or Firefox's testing pref) is
 * added before the intent's write has finished.
 */
function settled(): void {}

function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  // The caller gets `run`, failure included, and reports it; the queue only waits for it to settle.
  queue = run.then(settled, settled);
  return run;
}

async function enable(origin: string, tabId?: number): Promise<void> {
  await takeSiteCallingIntents((intended) => intended === origin, Date.now());
  if (!(await browser.permissions.contains({ origins: [sitePermissionPattern(origin)] }))) {
    throw new Error(`Click-to-call needs access to ${origin}: the browser did not grant it. Click "Call numbers on this site" again and allow it.`);
  }
  if ((await siteCallingOrigins()).includes(origin)) return;
  await browser.scripting.registerContentScripts([
    { id: scriptId(origin), matches: [sitePermissionPattern(origin)], js: [SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT] });
}

/**
 * The popup's click, kept before it asks for the site's permission: Firefox closes the popup when its prompt opens,
 * so the worker turns the site on when the permission is added ({@link enableIntendedSites}).
 */
export function expectSiteCalling(origin: string, tabId?: number): Promise<void> {
  return serially(() => keepSiteCallingIntent(origin, tabId, Date.now()));
}

/** On `permissions.onAdded` (its match patterns): turns click-to-call on for each site a popup's click asked for. */
export async function enableIntendedSites(patterns: readonly string[]): Promise<void> {
  const intended = (origin: string) => patterns.includes(sitePermissionPattern(origin));
  for (const { origin, tabId } of await serially(() => takeSiteCallingIntents(intended, Date.now()))) await enableSiteCalling(origin, tabId);
}

/**
 * Unregisters the script for `origin`, gives the site's permission back (unless `keepPermission`: the site is the
 * directory server, which the extension still needs) and stops the script in `tabId`.
 */
export async function disableSiteCalling(origin: string, tabId?: number, keepPermission = false): Promise<void> {
  if ((await siteCallingOrigins()).includes(origin)) await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
  // In Firefox a site's permission is its host's (see sitePermissionPattern): kept while another port of it is on.
  const pattern = sitePermissionPattern(origin);
  const shared = (await siteCallingOrigins()).some((other) => sitePermissionPattern(other) === pattern);
  // A permission the manifest requires cannot be removed (the end-to-end build grants 127.0.0.1): that is said, not fatal.
  if (!keepPermission && !shared) await browser.permissions.remove({ origins: [pattern] }).catch(reportError(`giving back the permission for ${origin}`));
  // The tab may have navigated elsewhere or closed: then there is no script left to stop.
  if (tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: STOP_PAGE_PHONES }).catch(reportError(`stopping click-to-call in tab ${tabId}`));
}

/**
 * A site whose permission the user took back in the browser's settings keeps no registration behind: the script
 * would not run there anyway, and the popup would show "on".
 */
export async function forgetRevokedSites(): Promise<void> {
  for (const origin of await siteCallingOrigins()) {
    if (!(await browser.permissions.contains({ origins: [sitePermissionPattern(origin)] }))) {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
    }
  }
}
