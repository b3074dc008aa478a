/**
 * The built Firefox extension in Debian's Firefox ESR against a real server on 127.0.0.1: a smoke test of the
 * essentials (the Chromium tests cover the rest): the options page, connecting, the popup page and its search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../lib/api/api-client';
import { startRealServer, type RealServer } from '../fixtures/real-server';
import { firefoxMissing, launchFirefoxExtension, type FirefoxExtension } from './firefox-browser';

const missing = firefoxMissing();
if (missing) {
  if (process.env.CI === 'true') throw new Error(missing);
  console.warn(`Skipping the Firefox end-to-end tests. ${missing}`);
}

describe.skipIf(missing !== null)('the extension, in Firefox ESR, against a real server', () => {
  let server: RealServer;
  let firefox: FirefoxExtension;

  beforeAll(async () => {
    server = await startRealServer();
    const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
    await admin.createContact({ name: 'José Núñez', position: 'Ventes', email: 'jose@acme.test', phones: [{ type: 'work', number: '+4917212345678', display: '+49 172 12345678' }] });
    await admin.createContact({ name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] });
    await admin.createContact({ name: 'John Smith', position: 'Sécurité', email: 'john.smith@acme.test', phones: [] });
    firefox = await launchFirefoxExtension();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** Connects the options page with the member token; answers the page, once it shows the connection's outcome. */
  async function connect() {
    const page = await firefox.open('options.html#settings');
    await page.waitForSelector('#connection-title');
    await page.click('#connection-manual summary');
    await page.locator('#server-url').fill(server.url);
    await page.locator('#token').fill(server.member);
    await page.click('#connect-manual');
    await page.waitForFunction(() => (document.querySelector('#connection-status')?.textContent ?? '') !== '');
    return page;
  }

  it('renders the options page, in local mode, with its connection form', async () => {
    const page = await firefox.open('options.html#settings');
    await page.waitForSelector('#connection-title');
    const actual = await page.evaluate(() => ({
      title: document.title,
      fields: ['#connection-code', '#server-url', '#token'].map((selector) => document.querySelector(selector)?.tagName),
      localMode: document.body.textContent?.includes('Local mode — contacts are kept in this browser only.'),
    }));
    await page.close();
    expect(actual).toEqual({ title: 'Company Contacts — options', fields: ['TEXTAREA', 'INPUT', 'INPUT'], localMode: true });
  });

  it('connects from the options page with a member token, asking for the server origin only', async () => {
    const page = await connect();
    const actual = await page.evaluate(async () => ({
      status: document.querySelector('#connection-status')?.textContent,
      origins: (await browser.permissions.getAll()).origins,
    }));
    await page.close();
    expect(actual).toEqual({ status: 'Connected as max (member).', origins: [`${server.url}/*`] });
  });

  it('shows the contacts created on the server in the popup page, alphabetically, focus in the search box', async () => {
    await (await connect()).close();
    const page = await firefox.open('popup.html');
    await page.waitForFunction(() => document.querySelectorAll('.row').length === 3);
    const actual = await page.evaluate(() => ({
      focused: document.activeElement?.id,
      names: [...document.querySelectorAll('.row .name')].map((name) => name.textContent),
    }));
    await page.close();
    expect(actual).toEqual({ focused: 'search', names: ['John Smith', 'José Núñez', 'Maria Beck'] });
  });

  it('finds a contact by its accent-free name and by national digits, with its tel: and mailto: links', async () => {
    await (await connect()).close();
    const page = await firefox.open('popup.html');
    await page.waitForFunction(() => performance.getEntriesByName('popup-all-indexed').length > 0);
    const rows = () =>
      page.$$eval('.row', (found) => found.map((row) => [row.querySelector('.name')?.textContent, ...[...row.querySelectorAll('a')].map((a) => a.getAttribute('href'))]));
    await page.locator('#search').fill('nunez');
    const byName = await rows();
    await page.locator('#search').fill('0172');
    const byDigits = await rows();
    await page.close();
    const jose = ['José Núñez', 'tel:+4917212345678', 'mailto:jose@acme.test'];
    expect({ byName, byDigits }).toEqual({ byName: [jose], byDigits: [jose] });
  });
});
