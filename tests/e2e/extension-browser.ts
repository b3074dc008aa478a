/**
 * Debian's Chromium with the built extension loaded (issue 4, end-to-end), driven by playwright-core.
 *
 * The permission prompt: browsers show `permissions.request` as browser UI that no automation can click
 * (playwright#32755). The tests therefore load a copy of the built extension whose manifest also lists
 * `http://127.0.0.1/*` as a granted host permission: the options page still calls `permissions.request` from the
 * Save click, and Chrome answers `true` at once for an origin already granted. Everything else is the real build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BUILD = path.resolve('.output/chrome-mv3');
export const MISSING_CHROMIUM = `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;

/** Debian ships Chromium's other UI languages in chromium-l10n; without it the browser (and the extension) stays English. */
export const FRENCH_UI = process.env.CHROMIUM_FRENCH_PAK ?? '/usr/lib/chromium/locales/fr.pak';
export const MISSING_FRENCH = `Chromium's French UI is missing (${FRENCH_UI}): install it with \`apt-get install -y chromium-l10n\`.`;

export function frenchAvailable(): boolean {
  return chromiumAvailable() && fs.existsSync(FRENCH_UI);
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Whether Chromium is here; without it, fails on CI and warns elsewhere (the file's tests are then skipped). */
export function requireChromium(): boolean {
  if (chromiumAvailable()) return true;
  if (process.env.CI === 'true') throw new Error(MISSING_CHROMIUM);
  console.warn(`Skipping the end-to-end tests. ${MISSING_CHROMIUM}`);
  return false;
}

/** Whether Chromium and its French UI are here; like `requireChromium`. */
export function requireFrenchUi(): boolean {
  if (!requireChromium()) return false;
  if (frenchAvailable()) return true;
  if (process.env.CI === 'true') throw new Error(MISSING_FRENCH);
  console.warn(`Skipping the French end-to-end tests. ${MISSING_FRENCH}`);
  return false;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  id: string;
  /** The loaded copy of the build: a page written there is served as chrome-extension://<id>/<file>. */
  extension: string;
  url(page: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's UI language (Chromium on Linux takes it from LANGUAGE), which the extension's texts follow. */
  language?: 'en' | 'fr';
  /**
   * A profile and a prepared build (`prepareBuild`) to reuse, e.g. to reopen the same browser cold; the caller then
   * removes them. By default both are fresh temp folders that `close` removes.
   */
  reuse?: { profile: string; extension: string };
}

/** Copies the build and pre-grants the test server's origin (see above). */
export function prepareBuild(): string {
  if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) throw new Error(`No build in ${BUILD}: run \`npx wxt build\` first (npm test does).`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-ext-build-'));
  fs.cpSync(BUILD, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

export async function launchExtension({ language = 'en', reuse }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = reuse?.extension ?? prepareBuild();
  const profile = reuse?.profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    env: { ...process.env, LANGUAGE: language, LANG: language === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    extension,
    url: (page) => `chrome-extension://${id}/${page}`,
    async close() {
      await context.close();
      if (reuse) return;
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(extension, { recursive: true, force: true });
    },
  };
}

/**
 * Asks the worker for a sync from an extension page and waits for it: a sync already running (the one a saved
 * connection starts) is waited for too, so the local copy is complete when this resolves.
 */
export async function syncNow(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('options.html'));
  await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } };
    await chrome.runtime.sendMessage({ type: 'sync-now' });
  });
  await page.close();
}

/** Opens the popup and waits until its whole directory is indexed (the first screen paints before). */
export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.url('popup.html'));
  await page.waitForSelector('.row, .empty');
  await page.waitForFunction(() => performance.getEntriesByName('popup-all-indexed').length > 0 || document.querySelector('.empty') !== null);
  return page;
}

/** Types `text` in the popup's search box and answers the names shown. */
export async function searchPopup(page: Page, text: string): Promise<string[]> {
  await page.fill('#search', text);
  return page.$$eval('.row .name', (names) => names.map((name) => name.textContent ?? ''));
}

/** The names the popup shows for `text`, in a popup opened for the purpose. */
export async function popupNames(browser: ExtensionBrowser, text: string): Promise<string[]> {
  const popup = await openPopup(browser);
  const names = await searchPopup(popup, text);
  await popup.close();
  return names;
}

/** axe-core's violations on the page, as `id (count)`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // The extension's CSP (script-src 'self') refuses addScriptTag's inline script; DevTools evaluation is allowed.
  await page.evaluate(fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}
