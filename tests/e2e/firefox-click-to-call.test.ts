/**
 * Click-to-call in Firefox ESR (issue 13), as far as automation allows. Firefox closes the toolbar popup when its
 * permission prompt opens, so the popup sends its intent to the worker before asking for the site's permission, and
 * the worker turns the site on when the permission is added (extension/browser/site-calling.ts). Here an extension
 * page does exactly what the popup's click does (the same message, then the real `permissions.request` from a real
 * click, granted by the testing pref, see firefox-browser.ts) and closes at once, as the popup would.
 *
 * The script then runs in the site's pages. It did not while the site's pattern had the port of the fixture server
 * (`http://127.0.0.1:PORT/*`): Firefox takes no port in a match pattern, granted and registered it, and matched no
 * page with it; the pattern is now the host's in Firefox (lib/page-phones/site-pattern.ts), and the worker answers
 * the script only on the origin turned on, which a second server on another port of the same host checks here.
 *
 * Not automated: the toolbar popup itself over the tab (WebDriver cannot open a browser action's popup, and without
 * the prompt the popup would not close anyway), and the prompt. The Chromium tests cover the popup's control.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixturePages, type FixturePages } from './fixture-pages';
import { firefoxMissing, launchFirefoxExtension, type FirefoxExtension } from './firefox-browser';
import type { Page } from 'puppeteer-core';
import { sitePattern } from '../../lib/page-phones/site-pattern';

/** The numbers underlined in `tab` once there are `count`, in page order (as page-phones.ts reads them in Chromium). */
async function waitForNumbers(tab: Page, count: number): Promise<string[]> {
  await tab.waitForFunction((wanted) => (CSS.highlights.get('company-contacts-phone')?.size ?? 0) >= wanted, { timeout: 15_000 }, count);
  return tab.evaluate(() => {
    const ranges = [...(CSS.highlights.get('company-contacts-phone') as unknown as Set<Range>)];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  });
}

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

  it('turns a site on from the worker once its permission is granted, though the page that asked closed at once; its pages then have their numbers found', async () => {
    const tab = await firefox.browser.newPage();
    await tab.goto(pages.url('phones-real-world.html'));
    const asker = await firefox.open('options.html');
    // The popup's click (hooks/use-site-calling.ts): the intent, not awaited, then the site's permission, whose
    // pattern in Firefox is the host's (requestSitePermission).
    await asker.evaluate((origin, pattern) => {
      document.body.addEventListener('click', () => {
        void browser.runtime.sendMessage({ type: 'expect-site-calling', data: { origin } });
        void browser.permissions.request({ origins: [pattern] });
      }, { once: true });
    }, pages.origin, sitePattern(pages.origin, false));
    await asker.click('body');
    await asker.close();
    const checker = await firefox.open('options.html');
    await checker.waitForFunction(async () => (await browser.scripting.getRegisteredContentScripts()).length > 0, { timeout: 15_000 });
    const registered = await checker.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.matches));
    await checker.close();
    // The registration runs the script on the site's next pages (the intent had no tab to run it in at once).
    await tab.reload();
    const found = await waitForNumbers(tab, 3);
    const cardHost = await tab.evaluate(() => document.querySelectorAll('company-contacts-call').length);
    await tab.close();
    expect({ registered, found, cardHost }).toEqual({
      registered: [['http://127.0.0.1/*']],
      // No default country in a new profile: the international numbers only.
      found: ['+33 1 23 45 67 89', '0049 30 1234567', '+44 20 7946 0958'],
      cardHost: 1,
    });
  });

  it('leaves the same host on another port alone: the script, registered for the host, is answered on the site turned on only', async () => {
    const other = await serveFixturePages();
    try {
      const tab = await firefox.browser.newPage();
      const refused = new Promise<string>((resolve) => tab.on('console', (message) => message.text().includes('Click-to-call is not on') && resolve(message.text())));
      await tab.goto(other.url('phones-real-world.html'));
      const message = await Promise.race([refused, new Promise<string>((resolve) => setTimeout(() => resolve('no message within 10 s'), 10_000))]);
      const seen = await tab.evaluate(() => ({ underlined: CSS.highlights.get('company-contacts-phone')?.size ?? 0, cardHost: document.querySelectorAll('company-contacts-call').length }));
      await tab.close();
      expect({ message, seen }).toEqual({
        message: expect.stringContaining(`Click-to-call is not on for ${other.url('phones-real-world.html')}`),
        seen: { underlined: 0, cardHost: 0 },
      });
    } finally {
      await other.close();
    }
  });
});
