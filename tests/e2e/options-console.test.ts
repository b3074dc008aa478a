/**
 * The admin console's frame (issue 11), in Chromium with the built extension, against a real server: sections by URL
 * fragment (link, reload, Back), the keyboard, the directory table's sort, search and count, the plain-http warning,
 * and axe-core on every section in light and dark.
 */
import { describe, expect, it } from 'vitest';
import { encodeConnectionCode } from '../../lib/connection-code/connection-code';
import { axeViolations, requireChromium } from './extension-browser';
import { openOptions, type ConsoleSection } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

const names = ['Zoe Zimmer', 'Ada Lovelace', 'Émile Zola', 'Grace Hopper'];
const positions = ['Accounts', 'Engineer', 'Writer', 'Admiral'];

describe.skipIf(!requireChromium())('the admin console, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({
    seed: names.map((name, i) => ({ name, position: positions[i], email: `person${i}@acme.test`, phones: [] })),
  });

  it('opens the section its fragment names, marks it current, and keeps it on reload and Back', async () => {
    const page = await openOptions(setup.browser, 'activity');
    const current = () => page.$$eval('.console-nav a[aria-current=page]', (links) => links.map((link) => link.id));
    const onLink = { current: await current(), heading: await page.textContent('main h2') };
    await page.click('#nav-team');
    await page.waitForSelector('#team-title');
    const afterClick = { url: new URL(page.url()).hash, current: await current() };
    await page.reload();
    await page.waitForSelector('#team-title');
    const afterReload = await current();
    await page.goBack();
    await page.waitForSelector('#activity-title');
    expect({ onLink, afterClick, afterReload, afterBack: await current() }).toEqual({
      onLink: { current: ['nav-activity'], heading: 'Activity' },
      afterClick: { url: '#team', current: ['nav-team'] },
      afterReload: ['nav-team'],
      afterBack: ['nav-activity'],
    });
    await page.close();
  });

  it('reaches the navigation with the keyboard and moves the focus to the opened section’s heading', async () => {
    const page = await openOptions(setup.browser);
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#team-title');
    await page.waitForFunction(() => document.activeElement?.id === 'team-title');
    const outline = await page.$eval('#nav-team', (link) => {
      link.focus();
      return getComputedStyle(link).outlineStyle;
    });
    expect({ first, focused: await page.evaluate(() => document.activeElement?.id), outline }).toEqual({
      first: 'nav-directory',
      focused: 'nav-team',
      outline: 'solid',
    });
    await page.close();
  });

  it('sorts the table by name and by position with aria-sort, searches like the popup, and counts', async () => {
    const page = await openOptions(setup.browser);
    await page.waitForSelector('#directory-table tr[data-id]');
    const column = () => page.$$eval('#directory-table tr[data-id] .col-name', (cells) => cells.map((cell) => cell.textContent));
    const sorts = () => page.$$eval('#directory-table th[aria-sort]', (headers) => headers.map((th) => th.getAttribute('aria-sort')));
    const byName = { names: await column(), sorts: await sorts(), count: await page.textContent('#manage-count') };
    await page.click('#sort-name');
    const reversed = { names: await column(), sorts: await sorts() };
    await page.click('#sort-position');
    const byPosition = { names: await column(), sorts: await sorts() };
    await page.fill('#manage-search', 'lovelace');
    await page.waitForFunction(() => document.querySelectorAll('#directory-table tr[data-id]').length === 1);
    const searched = { names: await column(), count: await page.textContent('#manage-count') };
    expect({ byName, reversed, byPosition, searched }).toEqual({
      byName: { names: ['Ada Lovelace', 'Émile Zola', 'Grace Hopper', 'Zoe Zimmer'], sorts: ['ascending', 'none'], count: '4 contacts' },
      reversed: { names: ['Zoe Zimmer', 'Grace Hopper', 'Émile Zola', 'Ada Lovelace'], sorts: ['descending', 'none'] },
      byPosition: { names: ['Zoe Zimmer', 'Grace Hopper', 'Ada Lovelace', 'Émile Zola'], sorts: ['none', 'ascending'] },
      searched: { names: ['Ada Lovelace'], count: '1 contact of 4 matches' },
    });
    await page.close();
  });

  it('warns before connecting to a plain-http server that is not this computer, not for loopback', async () => {
    const page = await openOptions(setup.browser, 'settings');
    await page.fill('#connection-code', encodeConnectionCode({ server: 'http://contacts.example.com', token: 'cc_secret' }));
    const remote = await page.textContent('#code-http-warning');
    await page.fill('#connection-code', encodeConnectionCode({ server: 'http://127.0.0.1:8787', token: 'cc_secret' }));
    const loopback = await page.$('#code-http-warning');
    await page.fill('#connection-code', 'not a code');
    await page.click('#connect-code');
    const refused = await page.textContent('#connection-status');
    expect({ remote, loopback, refused }).toEqual({
      remote: expect.stringContaining('http://contacts.example.com uses plain http://'),
      loopback: null,
      refused: expect.stringContaining('This is not a connection code'),
    });
    await page.close();
  });

  it('finds no accessibility violation with axe-core on any section, light or dark', async () => {
    const ready: Record<ConsoleSection, string> = {
      directory: '#directory-table tr[data-id]',
      import: '#history-title',
      team: '#tokens-table',
      activity: '#activity-table',
      settings: '#connection-code',
    };
    const page = await openOptions(setup.browser);
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [section, selector] of Object.entries(ready)) {
        await page.goto(setup.browser.url(`options.html#${section}`));
        await page.waitForSelector(selector);
        found[`${section} ${scheme}`] = await axeViolations(page);
      }
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    await page.close();
  });
});
