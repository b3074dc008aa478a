/**
 * The end-to-end figures of issue 4: first sync of a large directory (goal ≤ 5 s for 100,000 contacts) and popup
 * open → first results with 10,000 contacts stored (goal ≤ 100 ms). E2E_TIMING_CONTACTS sets the directory size
 * (default 10,000; 100,000 for the sync figure). Prints the measures; fails only far beyond the goals, as a
 * loaded 2-core machine makes single timings noisy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContacts } from '../../bench/search-data';
import { createApiClient } from '../../lib/api-client';
import { startRealServer, type RealServer } from '../extension/real-server';
import { chromiumAvailable, launchExtension, MISSING_CHROMIUM, type ExtensionBrowser } from './extension-browser';

if (!chromiumAvailable() && process.env.CI === 'true') throw new Error(MISSING_CHROMIUM);

const COUNT = Number(process.env.E2E_TIMING_CONTACTS ?? 10_000);

describe.skipIf(!chromiumAvailable())(`timings with ${COUNT.toLocaleString('en')} contacts`, () => {
  let server: RealServer;
  let browser: ExtensionBrowser;
  /** Generated contacts the core rules accept (some generated numbers are not possible numbers). */
  let created = 0;

  beforeAll(async () => {
    server = await startRealServer({ maxContacts: COUNT, bodyLimit: 100 * 1024 * 1024, requestTimeoutMs: 300_000 });
    const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
    const contacts = generateContacts(COUNT).map(({ name, position, email, phones }) => ({ name, position, email, phones }));
    created = (await admin.importJson(contacts)).counts.created;
    browser = await launchExtension();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('syncs the whole directory into the extension the first time', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    const settings = { version: 1, serverUrl: server.url, token: server.member, callMethod: 'tel', callTemplate: '' };
    const result = await page.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } }; runtime: { sendMessage(message: object): Promise<any> } };
      };
      await chrome.storage.local.set({ settings: value });
      const start = performance.now();
      const report = await chrome.runtime.sendMessage({ type: 'sync-now' });
      return { ms: performance.now() - start, pulled: report.pulled as number, timing: report.timing };
    }, settings);
    console.log(`first sync of ${COUNT.toLocaleString('en')} contacts: ${result.ms.toFixed(0)} ms (goal for 100,000: ≤ 5,000 ms); ${JSON.stringify(result.timing)}`);
    await page.close();
    expect(result.pulled).toEqual(created);
  }, 600_000);

  it('shows the first results soon after the popup opens', async () => {
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.row')) return;
          (window as unknown as { firstRow: number }).firstRow = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(browser.url('popup.html'));
      await page.waitForFunction(() => (window as unknown as { firstRow?: number }).firstRow !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { firstRow: number }).firstRow));
      await page.waitForFunction(() => performance.getEntriesByName('popup-all-indexed').length > 0);
      const nav = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const marks = performance.getEntriesByType('mark').map((mark) => `${mark.name} ${mark.startTime.toFixed(0)}`);
        const files = performance.getEntriesByType('resource').map((file) => `${file.name.split('/').pop()} ${(file as PerformanceResourceTiming).responseEnd.toFixed(0)}`);
        return `domInteractive ${entry.domInteractive.toFixed(0)} ${marks.join(' ')} | ${files.join(' ')}`;
      });
      if (process.env.E2E_TIMING_DEBUG) console.log(nav);
      if (run === 4) {
        await page.waitForFunction((count) => document.querySelector('[aria-live]') !== null && count > 0, COUNT);
      }
      await page.close();
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    console.log(`popup open → first results (${COUNT.toLocaleString('en')} stored): median ${median.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(', ')} (goal ≤ 100 ms)`);
    expect(median).toBeLessThan(500);
  }, 120_000);
});
