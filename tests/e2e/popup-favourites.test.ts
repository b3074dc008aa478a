/**
 * Favourites and recents in the popup (issue 13), in Chromium against a real server: starred from the keyboard,
 * shown before the directory with recent calls, cleared, and a favourite deleted by a sync simply left out.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPopup, requireChromium, searchPopup, syncNow } from './extension-browser';
import { useConnectedExtension } from './use-connected-extension';

const phone = (number: string) => [{ type: 'work' as const, number, display: number }];

/** Each row of the empty search: name and section label. */
const startRows = (page: Page) =>
  page.$$eval('.row', (rows) => rows.map((row) => `${row.querySelector('.name')?.textContent}${row.querySelector('.section') ? ` (${row.querySelector('.section')!.textContent})` : ''}`));

describe.skipIf(!requireChromium())('favourites and recents in the popup, in Chromium', () => {
  const setup = useConnectedExtension({
    connectAs: 'member',
    seed: [
      { name: 'Ana Martin', email: 'ana@acme.test', phones: phone('+33123456789') },
      { name: 'Bob Stone', email: 'bob@acme.test', phones: phone('+33123456780') },
      { name: 'Cleo Durand', email: 'cleo@acme.test', phones: phone('+33123456781') },
    ],
  });

  it('stars a contact from the keyboard (a toggle button), shows it first, then a contact just called', async () => {
    let page = await openPopup(setup.browser);
    await page.focus('button.star[aria-label="Favourite — Cleo Durand"]');
    await page.keyboard.press('Space');
    await page.waitForSelector('button.star[aria-pressed=true]');
    await page.evaluate(() => {
      window.open = () => null;
    });
    await searchPopup(page, 'bob');
    await page.focus('#search');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    await page.close();
    page = await openPopup(setup.browser);
    await page.waitForFunction(() => document.querySelectorAll('.row .section').length === 2);
    const rows = await startRows(page);
    const violations = await axeViolations(page);
    await page.close();
    expect({ rows, violations }).toEqual({
      rows: ['Cleo Durand (Favourite)', 'Bob Stone (Recent)', 'Ana Martin', 'Bob Stone', 'Cleo Durand'],
      violations: [],
    });
  });

  it('clears the recents with its visible button, keeping the favourites', async () => {
    const page = await openPopup(setup.browser);
    await page.waitForSelector('.clear-recents');
    await page.click('.clear-recents');
    await page.waitForFunction(() => document.querySelectorAll('.row .section').length === 1);
    const rows = await startRows(page);
    await page.close();
    expect(rows).toEqual(['Cleo Durand (Favourite)', 'Ana Martin', 'Bob Stone', 'Cleo Durand']);
  });

  it('leaves out a favourite that a sync deleted', async () => {
    const cleo = (await setup.admin.changes('')).contacts.find((contact) => contact.name === 'Cleo Durand')!;
    await setup.admin.deleteContact(cleo.id, cleo.version);
    await syncNow(setup.browser);
    const page = await openPopup(setup.browser);
    await page.waitForFunction(() => document.querySelectorAll('.row').length === 2);
    const rows = await startRows(page);
    await page.close();
    expect(rows).toEqual(['Ana Martin', 'Bob Stone']);
  });
});
