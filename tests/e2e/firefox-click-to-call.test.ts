/**
 * Click-to-call in Firefox ESR (issue 13), as far as automation allows. Firefox closes the toolbar popup when its
 * permission prompt opens, so the popup sends its intent to the worker before asking for the site's permission, and
 * the worker turns the site on when the permission is added (extension/browser/site-calling.ts). Here an extension
 * page does exactly what the popup's click does (the same message, then the real `permissions.request` from a real
 * click, granted by the testing pref, see firefox-browser.ts) and closes at once, as the popup would.
 *
 * Not covered yet (2026-12-02): the script running in the page. After this registration, reloading the tab in
 * Firefox ESR 153 under WebDriver BiDi showed no sign of it (no card host element, no scan measure): still to find
 * whether the script does not run there or fails early.
 *
 * Not automated: the toolbar popup itself over the tab (WebDriver cannot open a browser action's popup, and without
 * the prompt the popup would not close anyway), and the prompt. The Chromium tests cover the popup's control.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixturePages, type FixturePages } from './fixture-pages';
import { firefoxMissing, launchFirefoxExtension, type FirefoxExtension } from './firefox-browser';

const missing = firefoxMissing();
if (missing) {
  if (process.env.CI === 'true') throw new Error(missing);
  console.warn(`Skipping the Firefox click-to-call tests. ${missing}`);
}

describe.skipIf(missing !== null)('click-to-call, in Firefox ESR', () => {
  let pages: FixturePages;
  let firefox: FirefoxExtension;

  beforeAll(async () => {
    pages = await serveFixturePages();
    firefox = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await pages?.close();
  });

  it('turns a site on from the worker once its permission is granted, though the page that asked closed at once', async () => {
    const tab = await firefox.browser.newPage();
    await tab.goto(pages.url('phones-real-world.html'));
    const asker = await firefox.open('options.html');
    // The popup's click (hooks/use-site-calling.ts): the intent, not awaited, then the permission request.
    await asker.evaluate((origin) => {
      document.body.addEventListener('click', () => {
        void browser.runtime.sendMessage({ type: 'expect-site-calling', data: { origin } });
        void browser.permissions.request({ origins: [`${origin}/*`] });
      }, { once: true });
    }, pages.origin);
    await asker.click('body');
    await asker.close();
    const checker = await firefox.open('options.html');
    await checker.waitForFunction(async () => (await browser.scripting.getRegisteredContentScripts()).length > 0, { timeout: 15_000 });
    const registered = await checker.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.matches));
    await checker.close();
    await tab.close();
    expect(registered).toEqual([[`${pages.origin}/*`]]);
  });
});
