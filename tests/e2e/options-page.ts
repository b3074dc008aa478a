/**
 * Driving the options page in the end-to-end tests: open it, connect it, pick a file, read the upload preview.
 * Shared by the options-*.test.ts files (one per screen), so each sets up its own browser without copying these.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

export const CSV_HEADER = 'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2';

/** One good line and three bad ones (lines 3, 4, 5: no name, a bad email, a national-only phone). */
export const BAD_LINES = [
  CSV_HEADER,
  'Ok Person,,ok.person@acme.test,,,',
  ',Nameless,nameless@acme.test,,,',
  'Bad Mail,,not-an-email,,,',
  'National Only,,,0612345678,,',
].join('\r\n');

/** A file of `lines` (without the header), in the English header's column order. */
export const csvText = (...lines: string[]) => [CSV_HEADER, ...lines, ''].join('\r\n');

export type ConsoleSection = 'directory' | 'import' | 'team' | 'activity' | 'settings';

/** Opens the options page on `section` (its URL fragment, issue 11) and waits for that section's heading. */
export async function openOptions(browser: ExtensionBrowser, section: ConsoleSection = 'directory'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.url(`options.html#${section}`));
  await page.waitForSelector(`#${section}-title`);
  return page;
}

/** Opens the directory's add form (issue 11: it opens on "Add a contact"). */
export async function openAddForm(page: Page): Promise<void> {
  await page.click('#add-contact');
  await page.waitForSelector('#f-contact-name');
}

/** Connects with the address and token typed separately (Settings); resolves once the page shows the outcome. */
export async function connectOptions(browser: ExtensionBrowser, serverUrl: string, token: string): Promise<Page> {
  const page = await openOptions(browser, 'settings');
  await page.click('#connection-manual summary');
  await page.fill('#server-url', serverUrl);
  await page.fill('#token', token);
  await page.click('#connect-manual');
  await page.waitForFunction(() => document.querySelector('#connection-status')?.textContent !== '');
  return page;
}

/** Connects by pasting a connection code (Settings); resolves once the page shows the outcome. */
export async function connectWithCode(browser: ExtensionBrowser, code: string): Promise<Page> {
  const page = await openOptions(browser, 'settings');
  await page.fill('#connection-code', code);
  await page.click('#connect-code');
  await page.waitForFunction(() => document.querySelector('#connection-status')?.textContent !== '');
  return page;
}

/** Picks `text` as the file `name` in the upload section. */
export async function pickCsv(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** The preview's counts, by kind (`create`, `update`, `duplicates`, `rejected`, `warnings`). */
export async function previewCounts(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('#preview-counts');
  return page.$$eval('#preview-counts li', (items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-count'), li.textContent])));
}

/** Confirms the previewed upload and answers the confirmation; `progressShown` tells whether the progress bar showed. */
export async function confirmUpload(page: Page): Promise<{ confirmation: string; progressShown: boolean }> {
  // Records whether the progress bar showed, however briefly.
  await page.evaluate(() => {
    const seen = { progress: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#upload-progress')) return;
      seen.progress = true;
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.click('#confirm-upload');
  await page.waitForSelector('#upload-confirmation');
  return {
    confirmation: (await page.textContent('#upload-confirmation')) ?? '',
    progressShown: await page.evaluate(() => (window as unknown as { seen: { progress: boolean } }).seen.progress),
  };
}

/** The text of `selector` once it is neither empty nor `pending` (e.g. "Undoing…"). */
export async function settledText(page: Page, selector: string, pending: string[] = []): Promise<string> {
  await page.waitForFunction(
    ([selector, pending]) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text !== '' && !pending.includes(text);
    },
    [selector, pending] as const,
  );
  return (await page.textContent(selector)) ?? '';
}

/**
 * The text of the button that has the focus once the confirmation dialog opened by the last click holds it. The
 * dialog moves the focus in an effect that runs after the click's render, so reading it at once can see the button
 * that was clicked; this waits until the focus is inside the open dialog (and times out if it never gets there).
 */
export async function confirmDialogFocus(page: Page): Promise<string | null | undefined> {
  await page.waitForFunction(() => document.querySelector('dialog[open]')?.contains(document.activeElement) === true);
  return page.evaluate(() => document.activeElement?.textContent);
}
