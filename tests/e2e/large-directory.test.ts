/**
 * A large directory end to end (issue 4): the first sync stores every contact, the popup shows its rows, and a
 * 1,000-line file uploads against it. What these take is measured by `npm run bench:e2e`, not here (issue 9 §3).
 * E2E_CONTACTS sets the directory's size (default 10,000).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryLookupFromList } from '../../lib/contact/directory-lookup';
import { checkContactsCsv } from '../../lib/csv/check-contacts-csv';
import { exportContactsCsv } from '../../lib/export/export-contacts-csv';
import { generateContacts } from '../fixtures/generate-contacts';
import { launchExtension, requireChromium, searchPopup, type ExtensionBrowser } from './extension-browser';
import { firstSync, openOptionsWithCopy, openUntilFirstRow, startLargeDirectory, uploadFile, type LargeDirectory } from './large-directory';

const COUNT = Number(process.env.E2E_CONTACTS ?? 10_000);

describe.skipIf(!requireChromium())(`a directory of ${COUNT.toLocaleString('en')} contacts, in Chromium`, () => {
  let directory: LargeDirectory;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    directory = await startLargeDirectory(COUNT);
    browser = await launchExtension();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await directory?.server.close();
  });

  /** Connected as an admin, the whole directory synced (the first test does it; alone, each other test too). */
  async function synced(): Promise<number> {
    const { server } = directory;
    const { stored } = await firstSync(browser, server, server.admin, 'admin');
    return stored;
  }

  it('stores every contact of the directory at the first sync', async () => {
    expect(await synced()).toEqual(directory.stored.length);
  }, 600_000);

  it('shows the first rows when the popup opens, then finds any contact', async () => {
    await synced();
    const wanted = directory.stored.find((contact, i) => i >= directory.stored.length / 2 && contact.email)!;
    const popup = await browser.context.newPage();
    await popup.goto(browser.url('popup.html'));
    await popup.waitForFunction(() => performance.getEntriesByName('popup-all-indexed').length > 0);
    const firstName = (await popup.textContent('.row .name')) ?? '';
    const found = (await searchPopup(popup, wanted.email!)).includes(wanted.name);
    await popup.close();
    // The popup opened again paints that same first row (from its snapshot, then IndexedDB).
    const reopened = await openUntilFirstRow(browser, browser.url('popup.html'), firstName);
    const rows = await reopened.page.$$eval('.row', (nodes) => nodes.length);
    await reopened.page.close();
    expect({ firstIsStored: directory.stored.some((contact) => contact.name === firstName), found, reopenedRows: rows > 0 }).toEqual({
      firstIsStored: true,
      found: true,
      reopenedRows: true,
    });
  }, 120_000);

  it('uploads a 1,000-line file of new people, checked against the whole local copy', async () => {
    const page = await openOptionsWithCopy(browser, await synced());
    const text = exportContactsCsv(generateContacts(1000, 7).map((c) => ({ ...c, email: `new.${c.email}` })));
    // What the import must create: the same core, in Node, against the same directory.
    const expected = checkContactsCsv({ name: 'thousand.csv', bytes: Buffer.from(text, 'utf8') }, { existing: directoryLookupFromList(directory.stored) }).contacts.length;
    const { confirmation } = await uploadFile(page, 'thousand.csv', text);
    await page.close();
    expect(confirmation).toEqual(`Imported: ${expected} added, 0 updated.`);
  }, 120_000);

  it('shows the whole directory in the console table with only the rows in view rendered, and scrolls to the last (issue 11)', async () => {
    const stored = await synced();
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html#directory'));
    await page.waitForFunction((count) => (document.querySelector('#manage-count')?.textContent ?? '').replace(/\D/g, '') === count, String(stored));
    await page.waitForSelector('#directory-table tr[data-id]');
    const rendered = await page.$$eval('#directory-table tr[data-id]', (rows) => rows.length);
    await page.$eval('.table-viewport', (viewport) => (viewport.scrollTop = viewport.scrollHeight));
    await page.waitForFunction(
      (count) => document.querySelector(`#directory-table tr[aria-rowindex="${count + 1}"]`) !== null,
      stored,
    );
    const afterScroll = await page.$$eval('#directory-table tr[data-id]', (rows) => rows.length);
    await page.close();
    expect({ few: rendered < 60, stillFew: afterScroll < 60, rowCount: stored }).toEqual({ few: true, stillFew: true, rowCount: COUNT });
  }, 120_000);
});
