/**
 * The end-to-end figures of issue 4: first sync of a large directory (goal ≤ 5 s for 100,000 contacts) and popup
 * open → first results with 10,000 contacts stored (goal ≤ 100 ms); and of issue 5: a 1,000-line file from pick to
 * confirmation in the options page (goal ≤ 1 s). E2E_TIMING_CONTACTS sets the directory size
 * (default 10,000; 100,000 for the sync figure). Prints the measures; fails only far beyond the goals, as a
 * loaded 2-core machine makes single timings noisy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContacts } from '../fixtures/generate-contacts';
import { createApiClient } from '../../lib/api/api-client';
import { checkContactsCsv } from '../../lib/csv/check-contacts-csv';
import { directoryLookupFromList } from '../../lib/contact/directory-lookup';
import { exportContactsCsv } from '../../lib/export/export-contacts-csv';
import { startRealServer, type RealServer } from '../fixtures/real-server';
import { chromiumAvailable, launchExtension, MISSING_CHROMIUM, type ExtensionBrowser } from './extension-browser';

if (!chromiumAvailable() && process.env.CI === 'true') throw new Error(MISSING_CHROMIUM);

const COUNT = Number(process.env.E2E_TIMING_CONTACTS ?? 10_000);

describe.skipIf(!chromiumAvailable())(`timings with ${COUNT.toLocaleString('en')} contacts`, () => {
  let server: RealServer;
  let browser: ExtensionBrowser;
  /** Generated contacts the core rules accept (some generated numbers are not possible numbers). */
  let created = 0;
  let stored: ReturnType<typeof generateContacts> = [];

  beforeAll(async () => {
    server = await startRealServer({ maxContacts: COUNT, bodyLimit: 100 * 1024 * 1024, requestTimeoutMs: 300_000 });
    const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
    const contacts = generateContacts(COUNT).map(({ name, position, email, phones }) => ({ name, position, email, phones }));
    const imported = await admin.importJson(contacts);
    created = imported.counts.created;
    stored = imported.contacts.map((contact, i) => ({ ...contact, id: `stored-${i}`, version: 1, updatedAt: '', deleted: false }));
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
      // The clock starts before the settings are saved: a sync the worker starts on its own meanwhile (its install
      // event can arrive late) is then inside the measure, and this request's run waits for it.
      const start = performance.now();
      await chrome.storage.local.set({ settings: value });
      const report = await chrome.runtime.sendMessage({ type: 'sync-now' });
      const ms = performance.now() - start;
      // Counted in IndexedDB rather than taken from this run's report, which is 0 when that other run pulled them.
      const stored = await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('company-contacts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('chunks').objectStore('chunks').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as { contacts: unknown[] }[]).reduce((sum, chunk) => sum + chunk.contacts.length, 0));
          };
        };
      });
      return { ms, stored, timing: report.timing };
    }, settings);
    console.log(`first sync of ${COUNT.toLocaleString('en')} contacts: ${result.ms.toFixed(0)} ms (goal for 100,000: ≤ 5,000 ms); ${JSON.stringify(result.timing)}`);
    await page.close();
    expect(result.stored).toEqual(created);
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

  it('imports a 1,000-line file from pick to confirmation', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    const settings = { version: 1, serverUrl: server.url, token: server.admin, callMethod: 'tel', callTemplate: '', role: 'admin' };
    await page.evaluate(async (value) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } }; runtime: { sendMessage(message: object): Promise<unknown> } };
      };
      await chrome.storage.local.set({ settings: value });
      await chrome.runtime.sendMessage({ type: 'sync-now' });
    }, settings);
    // The page reads the synced local copy, which the preview checks the file against.
    await page.reload();
    await page.waitForSelector('#csv-file');
    await page.waitForFunction((count) => document.querySelector('#manage-count')?.textContent?.includes(` ${count} `), String(created));
    // Other people than the directory's: new contacts, checked against the whole local copy for duplicates.
    const text = exportContactsCsv(generateContacts(1000, 7).map((c) => ({ ...c, email: `new.${c.email}` })));
    const file = Buffer.from(text, 'utf8');
    // What the import must create: the same core, in Node, against the same directory.
    const expected = checkContactsCsv({ name: 'thousand.csv', bytes: file }, { existing: directoryLookupFromList(stored) }).contacts.length;
    const start = Date.now();
    await page.setInputFiles('#csv-file', { name: 'thousand.csv', mimeType: 'text/csv', buffer: file });
    await page.waitForSelector('#confirm-upload:not([disabled])');
    const previewed = Date.now();
    await page.click('#confirm-upload');
    await page.waitForSelector('#upload-confirmation');
    const done = Date.now();
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      return {
        check: at('upload-previewed') - at('upload-picked'),
        preview: at('upload-preview-shown') - at('upload-picked'),
        upload: at('upload-result-shown') - at('upload-confirmed'),
      };
    });
    const confirmation = await page.textContent('#upload-confirmation');
    // The user's wait: pick → preview shown, plus confirm → confirmation shown (the time spent reading the preview is theirs).
    const inPage = marks.preview + marks.upload;
    console.log(
      `1,000-line file, pick → confirmation (${COUNT.toLocaleString('en')} stored): ${inPage.toFixed(0)} ms in the page ` +
        `(pick → preview shown ${marks.preview.toFixed(0)} ms, of which reading and checking the file ${marks.check.toFixed(0)} ms; ` +
        `confirm → confirmation shown ${marks.upload.toFixed(0)} ms); ` +
        `${previewed - start + (done - previewed)} ms as the test driver sees it (goal ≤ 1,000 ms)`,
    );
    await page.close();
    expect(confirmation).toEqual(`Imported: ${expected} added, 0 updated.`);
    expect(inPage).toBeLessThan(3_000);
  }, 120_000);
});
