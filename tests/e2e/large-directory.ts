/**
 * A large generated directory on a real server, and the three things done with it in a browser: the first sync,
 * opening the popup until its first rows show, and uploading a file. Shared by large-directory.test.ts (which
 * checks what they do) and bench/e2e.ts (which times them: issue 9 §3, figures belong in benches).
 */
import type { Page } from 'playwright-core';
import { createApiClient } from '../../lib/api/api-client';
import type { Contact } from '../../lib/contact/contact';
import { checkContactList } from '../../lib/rules/check-contact-list';
import { generateContacts } from '../fixtures/generate-contacts';
import { startRealServer, type RealServer } from '../fixtures/real-server';
import type { ExtensionBrowser } from './extension-browser';

export interface LargeDirectory {
  server: RealServer;
  /** The contacts the server stored: `count` of them. */
  stored: Contact[];
}

/**
 * `count` generated contacts that the import rules accept, as an import takes them. Some generated numbers are not
 * possible numbers, so more are generated and the first `count` accepted are kept.
 */
export function acceptedContacts(count: number): Pick<Contact, 'name' | 'position' | 'email' | 'phones'>[] {
  const generated = generateContacts(2 * count).map(({ name, position, email, phones }) => ({ name, position, email, phones }));
  const accepted = checkContactList(generated, { maxContacts: 2 * count }).contacts.slice(0, count);
  if (accepted.length !== count) throw new Error(`Only ${accepted.length} of ${2 * count} generated contacts are accepted; ${count} were needed.`);
  return accepted.map(({ name, position, email, phones }) => ({ name, position, email, phones }));
}

/** A server holding exactly `count` generated contacts, imported in one request. */
export async function startLargeDirectory(count: number): Promise<LargeDirectory> {
  const server = await startRealServer({ maxContacts: count, bodyLimit: 200 * 1024 * 1024, requestTimeoutMs: 300_000 });
  const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
  const imported = await admin.importJson(acceptedContacts(count));
  if (imported.counts.created !== count) throw new Error(`The server stored ${imported.counts.created} of ${count} contacts the rules accept.`);
  const stored = imported.contacts.map((contact, i) => ({ ...contact, id: `stored-${i}`, version: 1, updatedAt: '', deleted: false }));
  return { server, stored };
}

/**
 * Connects the extension to `server` with `token` by saving its settings, asks the worker for a sync and waits for
 * it. Answers the milliseconds from before the settings were saved to the sync's end (a sync the worker starts on
 * its own meanwhile is inside the measure, and this request waits for it), and the contacts then in IndexedDB.
 */
export async function firstSync(browser: ExtensionBrowser, server: RealServer, token: string, role: 'admin' | 'member'): Promise<{ ms: number; stored: number }> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('options.html'));
  const settings = { version: 1, serverUrl: server.url, token, role, callMethod: 'tel', callTemplate: '' };
  const result = await page.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } }; runtime: { sendMessage(message: object): Promise<unknown> } };
    };
    const start = performance.now();
    await chrome.storage.local.set({ settings: value });
    await chrome.runtime.sendMessage({ type: 'sync-now' });
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
    return { ms, stored };
  }, settings);
  await page.close();
  return result;
}

/**
 * Opens `url` (the popup, or a page like it) and waits until a row naming `firstName` is on screen. Answers the
 * milliseconds from navigation start to the first frame painted after that row was added to the page.
 */
export async function openUntilFirstRow(browser: ExtensionBrowser, url: string, firstName: string): Promise<{ page: Page; ms: number }> {
  const page = await browser.context.newPage();
  // Watches from before the page's first byte: parser-inserted rows (a page without scripts) are seen too.
  // Page functions hold no named inner function: tsx (bench/e2e.ts) would wrap it in a `__name` helper the page lacks.
  await page.addInitScript((name) => {
    const shown = window as unknown as { firstRowOnScreen?: number };
    new MutationObserver((_, observer) => {
      if (![...document.querySelectorAll('.row .name')].some((node) => node.textContent === name)) return;
      observer.disconnect();
      // The frame that paints the row runs its animation callbacks first: the row is on screen at this frame.
      requestAnimationFrame(() => void (shown.firstRowOnScreen = performance.now()));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, firstName);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { firstRowOnScreen?: number }).firstRowOnScreen !== undefined).catch(async (error: Error) => {
    const shown = await page.$$eval('.row .name', (names) => names.slice(0, 3).map((name) => name.textContent));
    throw new Error(`${url} showed no row naming "${firstName}" (its first rows: ${JSON.stringify(shown)}).`, { cause: error });
  });
  const ms = await page.evaluate(() => (window as unknown as { firstRowOnScreen: number }).firstRowOnScreen);
  return { page, ms };
}

/**
 * Opens the options page and waits until it has read the whole local copy (its "Manage contacts" count), which an
 * upload's preview checks the file against.
 */
export async function openOptionsWithCopy(browser: ExtensionBrowser, contacts: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('options.html#directory'));
  // Digits only: the count may be written 10000 or 10,000.
  await page.waitForFunction((count) => (document.querySelector('#manage-count')?.textContent ?? '').replace(/\D/g, '').includes(count), String(contacts));
  // To the upload through the navigation (issue 11): the page keeps the copy it read.
  await page.click('#nav-import');
  await page.waitForSelector('#csv-file');
  return page;
}

/** The in-page marks of one upload, in milliseconds (see components/options/csv-upload.tsx). */
export interface UploadMarks {
  /** Pick → preview shown. */
  preview: number;
  /** Of which reading and checking the file. */
  check: number;
  /** Confirm → confirmation shown. */
  upload: number;
}

/** Picks `text` as `name` in an options page, confirms it once the preview allows, and answers the confirmation. */
export async function uploadFile(page: Page, name: string, text: string): Promise<{ confirmation: string; marks: UploadMarks }> {
  await page.evaluate(() => performance.clearMarks());
  await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.waitForSelector('#confirm-upload:not([disabled])');
  await page.click('#confirm-upload');
  await page.waitForSelector('#upload-confirmation');
  const at = await page.evaluate((names) => names.map((name) => performance.getEntriesByName(name)[0]!.startTime), [
    'upload-picked',
    'upload-previewed',
    'upload-preview-shown',
    'upload-confirmed',
    'upload-result-shown',
  ]);
  const [picked, previewed, previewShown, confirmed, resultShown] = at as [number, number, number, number, number];
  const marks = { check: previewed - picked, preview: previewShown - picked, upload: resultShown - confirmed };
  return { confirmation: (await page.textContent('#upload-confirmation')) ?? '', marks };
}
