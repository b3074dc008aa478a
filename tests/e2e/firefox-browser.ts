/**
 * Debian's Firefox ESR with the built Firefox extension installed as a temporary add-on, driven over WebDriver BiDi
 * by puppeteer-core (issue 9 §2: a well-kept client instead of our own; it needs no browser download here).
 *
 * - `--remote-allow-system-access`: since Firefox 153, WebDriver may navigate to `moz-extension://` pages only with it.
 * - `extensions.webextensions.uuids` fixes the extension's internal UUID, hence its `moz-extension://` host.
 * - `browser.installExtension` (BiDi `webExtension.install`) installs the build itself: no signature, no copy.
 * - The permission prompt: `extensions.webextOptionalPermissionPrompts = false` (a Firefox testing pref) makes
 *   `permissions.request` grant without showing its prompt, so the real build's real request runs, unlike Chromium
 *   (see extension-browser.ts), and its `http://127.0.0.1:PORT/*` is granted. Firefox still demands a user gesture:
 *   puppeteer's `click` sends real pointer input.
 * - puppeteer's `page.goto` never resolves for an add-on's page (puppeteer#14314, open upstream: Firefox sends no
 *   load event it can match), so `open` starts the navigation and waits for the page's document instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3');
const ADDON_UUID = '5f0c7a1e-2b9d-4c3e-8a61-0d4f6b2e9c17';

/** What is missing to run the Firefox tests, as a message saying how to get it; `null` when nothing is. */
export function firefoxMissing(): string | null {
  if (!fs.existsSync(FIREFOX)) return `Firefox ESR not found at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`;
  if (!fs.existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) return `No Firefox build in ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first.`;
  return null;
}

export interface FirefoxExtension {
  browser: Browser;
  /** Opens one of the extension's pages in a new tab, once its document has loaded. */
  /** A page of the add-on; options.html may carry a section's fragment (#settings). */
  open(page: 'popup.html' | 'options.html' | `options.html#${string}`): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox ESR 153's WebDriver BiDi sometimes fails a `script.evaluate` while an add-on page settles ("TypeError:
 * right-hand side of 'in' should be an object, got null" in its `buildReturnValue`), and puppeteer ends the wait on
 * it ("Waiting failed") instead of polling again, as it does for a destroyed context. Seen in about 1 run in 4 of
 * firefox.test.ts, then in none of 10 with this: a wait that fails so is started again a tenth of a second later, up
 * to ten times; any other error, or a wait that times out, fails as before.
 */
function retryRealmErrors(page: Page) {
  const transient = (error: unknown) => String((error as { cause?: unknown })?.cause ?? error).includes("right-hand side of 'in'");
  const retried = <A extends unknown[], R>(wait: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await wait(...args);
        } catch (error) {
          if (attempt >= 10 || !transient(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };
  page.waitForFunction = retried(page.waitForFunction.bind(page)) as Page['waitForFunction'];
  page.waitForSelector = retried(page.waitForSelector.bind(page)) as Page['waitForSelector'];
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
    },
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    async open(name) {
      const page = await browser.newPage();
      const url = `moz-extension://${ADDON_UUID}/${name}`;
      // Not awaited (see above); it fails when the tab closes, which is no error here.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      retryRealmErrors(page);
      await page.waitForFunction((url) => location.href === url && document.readyState === 'complete', {}, url);
      return page;
    },
    close: () => browser.close(),
  };
}
