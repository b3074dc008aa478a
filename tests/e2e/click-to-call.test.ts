/**
 * Click-to-call on web pages (issue 13), in Chromium: turned on for one site from the popup (the site's permission
 * is pre-granted as in every end-to-end test: see extension-browser.ts), the numbers of two fixture pages served on
 * 127.0.0.1 found (all real-world formats) or not (dates, IDs, IBANs…), the card over a number, the card reached
 * with the keyboard alone (Alt+Shift+K/J, Enter, Esc), and turned off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, requireChromium } from './extension-browser';
import { serveFixturePages, type FixturePages } from './fixture-pages';
import { clickCardButton, focusedControl, foundNumbers, hoverText, openPopupOver, readAnnouncement, setDefaultCountry, waitForCard, waitForNumbers } from './page-phones';
import { useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireChromium())('click-to-call on a web page, in Chromium', () => {
  const setup = useConnectedExtension({
    connectAs: 'admin',
    seed: [{ name: 'Ana Martin', position: 'Standardiste', email: 'ana@acme.test', phones: [{ type: 'work', number: '+33123456789', display: '+33 1 23 45 67 89' }] }],
  });
  let pages: FixturePages;
  let tab: Page;

  beforeAll(async () => {
    pages = await serveFixturePages();
    await setDefaultCountry(setup.browser, 'US');
    tab = await setup.browser.context.newPage();
    await tab.goto(pages.url('phones-real-world.html'));
  });
  afterAll(async () => {
    await pages?.close();
  });

  it('is off at first; "Call numbers on this site" turns it on for that site and finds the numbers at once', async () => {
    const popup = await openPopupOver(setup.browser, tab);
    const before = { button: await popup.textContent('.site-calling-on'), found: await foundNumbers(tab) };
    await popup.click('.site-calling-on');
    await popup.waitForSelector('#site-calling-state');
    const state = await popup.textContent('#site-calling-state');
    const violations = await axeViolations(popup);
    await popup.close();
    const found = await waitForNumbers(tab, 4);
    expect({ before, state, violations, found }).toEqual({
      before: { button: 'Call numbers on this site', found: [] },
      state: `Click-to-call is on for ${new URL(pages.origin).host}.`,
      violations: [],
      found: ['+33 1 23 45 67 89', '(555) 123-4567', '0049 30 1234567', '+44 20 7946 0958'],
    });
  });

  it('runs again on the next visit (the registration persists), with a DE default finding 030 1234567 too', async () => {
    await setDefaultCountry(setup.browser, 'DE');
    await tab.reload();
    const found = await waitForNumbers(tab, 5);
    expect(found).toEqual(['+33 1 23 45 67 89', '(555) 123-4567', '0049 30 1234567', '030 1234567', '+44 20 7946 0958']);
  });

  it('finds a number the page adds later', async () => {
    await tab.evaluate(() => {
      document.querySelector('#late')!.textContent = 'New: Lyon office +33 4 72 00 00 00.';
    });
    const found = await waitForNumbers(tab, 6);
    expect(found).toContain('+33 4 72 00 00 00');
  });

  it("shows a directory contact's name and position over its number, with a tel: link", async () => {
    await hoverText(tab, '+33 1 23 45 67 89');
    const card = await waitForCard(tab, (view) => view.texts.includes('Ana Martin'));
    expect(card).toEqual({ visible: true, texts: ['Ana Martin', 'Standardiste', 'Call +33 1 23 45 67 89'], href: 'tel:+33123456789', buttons: [] });
  });

  it('offers an admin "Add as contact" for a number not in the directory, which opens the add form with it', async () => {
    await hoverText(tab, '030 1234567');
    const card = await waitForCard(tab, (view) => view.buttons.length > 0);
    const opened = setup.browser.context.waitForEvent('page', (page) => page.url().includes('options.html'));
    await clickCardButton(tab, 'Add as contact');
    const options = await opened;
    await options.waitForSelector('#f-work-phone');
    const workPhone = await options.inputValue('#f-work-phone');
    await options.close();
    expect({ card, workPhone }).toEqual({
      card: { visible: true, texts: ['Not in the directory', 'Call 030 1234567'], href: 'tel:+49301234567', buttons: ['Add as contact'] },
      workPhone: '+49 30 1234567',
    });
  });

  it('reaches every number from the keyboard alone: Alt+Shift+K/J open its card on its call link, Esc gives the focus back', async () => {
    await tab.mouse.move(0, 0);
    await tab.keyboard.press('Escape');
    await tab.focus('a[href*="london"]');
    const count = (await foundNumbers(tab)).length;

    await tab.keyboard.press('Alt+Shift+KeyK');
    const first = await waitForCard(tab, (view) => view.texts.includes('Ana Martin'));
    const firstFocus = await focusedControl(tab);
    const firstSaid = await readAnnouncement(tab);

    // Back from the first number goes round to the last, the one the page added later.
    await tab.keyboard.press('Alt+Shift+KeyJ');
    const last = await waitForCard(tab, (view) => view.href === 'tel:+33472000000');
    const lastSaid = await readAnnouncement(tab);

    await tab.keyboard.press('Alt+Shift+KeyK');
    await waitForCard(tab, (view) => view.texts.includes('Ana Martin'));
    // Enter on the focused call link follows it: a tel: link hands the number to the system and the page stays.
    const url = tab.url();
    await tab.keyboard.press('Enter');
    const afterEnter = { url: tab.url(), focus: await focusedControl(tab) };

    await tab.keyboard.press('Escape');
    const closed = await waitForCard(tab, (view) => !view.visible);
    expect({ count, first, firstFocus, firstSaid, last, lastSaid, afterEnter, closed, focusBack: await focusedControl(tab) }).toEqual({
      count: 6,
      first: { visible: true, texts: ['Ana Martin', 'Standardiste', 'Call +33 1 23 45 67 89'], href: 'tel:+33123456789', buttons: [] },
      firstFocus: { role: 'link', name: 'Call +33 1 23 45 67 89' },
      firstSaid: 'Number 1 of 6: +33 1 23 45 67 89',
      last: { visible: true, texts: ['Not in the directory', 'Call +33 4 72 00 00 00'], href: 'tel:+33472000000', buttons: ['Add as contact'] },
      lastSaid: 'Number 6 of 6: +33 4 72 00 00 00',
      afterEnter: { url, focus: { role: 'link', name: 'Call +33 1 23 45 67 89' } },
      closed: { visible: false, texts: ['Ana Martin', 'Standardiste', 'Call +33 1 23 45 67 89'], href: 'tel:+33123456789', buttons: [] },
      focusBack: { role: 'link', name: '+44 20 7946 0958' },
    });
  });

  it('takes no date, time, order, invoice, IBAN, postcode or ID for a phone', async () => {
    const page = await setup.browser.context.newPage();
    await page.goto(pages.url('phones-none.html'));
    // The footer's one real number says the scan ran to the end of the page.
    expect(await waitForNumbers(page, 1)).toEqual(['+33 1 23 45 67 89']);
    await page.close();
  });

  it('turns off from the popup: the card and underline go, and the next visit runs nothing', async () => {
    const popup = await openPopupOver(setup.browser, tab);
    await popup.click('.site-calling-off');
    await popup.waitForSelector('.site-calling-on');
    await popup.close();
    await tab.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('company-contacts-phone'));
    await tab.reload();
    await tab.waitForTimeout(1_500);
    const registered = await setup.browser.context.serviceWorkers()[0]!.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } };
      return (await chrome.scripting.getRegisteredContentScripts()).length;
    });
    expect({ found: await foundNumbers(tab), registered }).toEqual({ found: [], registered: 0 });
  });
});
