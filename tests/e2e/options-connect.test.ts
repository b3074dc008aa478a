/**
 * The options page's connection screen (issues 4 and 5), in Chromium with the built extension, against a real
 * server: an admin token shows the admin sections, a member token only a read-only note.
 */
import { describe, expect, it } from 'vitest';
import { requireChromium } from './extension-browser';
import { connectOptions } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireChromium())('the options page connection, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ connectAs: null, seed: [{ name: 'Ada Lovelace', email: 'ada@acme.test', phones: [] }] });

  it('connects with an admin token and shows the admin sections', async () => {
    const { browser, server } = setup;
    const page = await connectOptions(browser, server.url, server.admin);
    await page.waitForSelector('#nav-team');
    // After the first sync the page leaves the popup a snapshot to paint at once (without the token).
    await page.waitForFunction(() => localStorage.getItem('popup-snapshot') !== null);
    const snapshot = await page.evaluate(() => localStorage.getItem('popup-snapshot')!);
    const actual = {
      snapshot: { settingsUrl: snapshot.includes(server.url), token: snapshot.includes(server.admin), contact: snapshot.includes('Ada Lovelace') },
      status: await page.textContent('#connection-status'),
      nav: await page.$$eval('.console-nav a', (links) => links.map((link) => link.textContent)),
      settings: await page.$$eval('main .card > h3', (headings) => headings.map((h) => h.textContent)),
    };
    expect(actual).toEqual({
      snapshot: { settingsUrl: true, token: false, contact: true },
      status: 'Connected as alice (admin).',
      nav: ['Directory', 'Import', 'Team', 'Activity', 'Settings'],
      settings: ['Directory server', 'Your devices', 'How to call', 'Phone numbers'],
    });
    await page.close();
  });

  it('shows a member token no admin section, only a read-only note', async () => {
    const { browser, server } = setup;
    const page = await connectOptions(browser, server.url, server.member);
    await page.waitForFunction(() => document.querySelector('#nav-import') === null);
    const status = await page.textContent('#connection-status');
    const settings = await page.$$eval('main .card > h3', (headings) => headings.map((h) => h.textContent));
    const nav = await page.$$eval('.console-nav a', (links) => links.map((link) => link.textContent));
    await page.click('#nav-directory');
    await page.waitForSelector('#read-only-note');
    await page.waitForSelector('#directory-table tr[data-id]');
    const actual = {
      status,
      nav,
      settings,
      note: await page.textContent('#read-only-note'),
      rowButtons: await page.$$eval('#directory-table button:not(.sort)', (buttons) => buttons.length),
      teamLink: await (async () => {
        await page.goto(setup.browser.url('options.html#team'));
        await page.waitForSelector('h2');
        return page.$eval('main h2', (heading) => heading.textContent);
      })(),
    };
    expect(actual).toEqual({
      status: 'Connected as max (member).',
      nav: ['Directory', 'Settings'],
      settings: ['Directory server', 'Your devices', 'How to call'],
      note: 'Your token can read the directory but not change it. Ask an admin to add or edit contacts.',
      rowButtons: 0,
      teamLink: 'Directory',
    });
    await page.close();
  });
});
