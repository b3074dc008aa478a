/**
 * The options page's "Add or edit a contact" screen (issue 5), in Chromium with the built extension, against a real
 * server: the form, the keyboard, the duplicate hint, and "Add selection as contact".
 */
import { describe, expect, it } from 'vitest';
import { popupNames, requireChromium } from './extension-browser';
import { openAddForm, openOptions, settledText } from './options-page';
import { serverNames, useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireChromium())('adding a contact in the options page, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ seed: [{ name: 'Katherine Johnson', email: 'katherine@acme.test', phones: [] }] });

  it('adds a contact through the form, checking fields as you type, and the popup and the server have it', async () => {
    const page = await openOptions(setup.browser);
    await openAddForm(page);
    await page.fill('#f-contact-name', 'Ada Lovelace');
    // No blur: the message shows once typing pauses.
    await page.fill('#f-work-phone', '020 7946 0000');
    await page.waitForSelector('#f-work-phone-message');
    const message = await page.textContent('#f-work-phone-message');
    await page.fill('#f-work-phone', '+44 20 7946 0000');
    await page.fill('#f-email', 'ada@acme.test');
    await page.click('button.primary[type=submit]');
    const status = await settledText(page, '#form-status');
    const actual = { message, status, popup: await popupNames(setup.browser, 'lovelace'), onServer: (await serverNames(setup.admin)).includes('Ada Lovelace') };
    expect(actual).toEqual({
      message: expect.stringContaining('international format'),
      status: 'Ada Lovelace added.',
      popup: ['Ada Lovelace'],
      onServer: true,
    });
    await page.close();
  });

  it('adds a contact with the keyboard only: Tab between fields, Enter saves', async () => {
    const page = await openOptions(setup.browser);
    await openAddForm(page);
    await page.focus('#f-contact-name');
    await page.keyboard.type('Grace Hopper');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rear Admiral');
    await page.keyboard.press('Tab');
    await page.keyboard.type('grace@acme.test');
    await page.keyboard.press('Enter');
    const status = await settledText(page, '#form-status');
    const actual = { status, focused: await page.evaluate(() => document.activeElement?.id), onServer: (await serverNames(setup.admin)).includes('Grace Hopper') };
    expect(actual).toEqual({ status: 'Grace Hopper added.', focused: 'f-contact-name', onServer: true });
    await page.close();
  });

  it('says nothing of a field the user only tabbed through, and speaks of fields, not columns, after a save attempt (issue 9)', async () => {
    const page = await openOptions(setup.browser);
    await openAddForm(page);
    await page.focus('#f-contact-name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const afterTabbing = await page.$$eval('.field-message', (messages) => messages.map((message) => message.textContent));
    await page.click('button.primary[type=submit]');
    await page.waitForSelector('#f-contact-name-message');
    const actual = { afterTabbing, afterSave: await page.textContent('#f-contact-name-message'), focused: await page.evaluate(() => document.activeElement?.id) };
    expect(actual).toEqual({ afterTabbing: [], afterSave: "The contact name is empty. Write the contact's name.", focused: 'f-contact-name' });
    await page.close();
  });

  it('names a national number from a selection, suggests a country, and rewrites it once one is chosen (issue 9)', async () => {
    const page = await setup.browser.context.newPage();
    await page.goto(setup.browser.url('options.html#add?name=Claire%20Durand&position=Directrice&phone=06%2012%2034%2056%2078'));
    await page.waitForSelector('#national-numbers');
    const notice = await page.textContent('#national-numbers p');
    const suggested = await page.inputValue('#national-country');
    await page.selectOption('#national-country', 'FR');
    await page.click('#national-read');
    await page.waitForFunction(() => (document.querySelector('#f-work-phone') as HTMLInputElement).value.startsWith('+33'));
    const actual = { notice, suggested, phone: await page.inputValue('#f-work-phone'), position: await page.inputValue('#f-position') };
    expect(actual).toEqual({
      notice: expect.stringContaining('06 12 34 56 78: choose the country of national numbers'),
      suggested: 'US',
      phone: '+33 6 12 34 56 78',
      position: 'Directrice',
    });
    await page.close();
  });

  it('shows a likely duplicate before saving, with a link that opens the existing contact', async () => {
    const page = await openOptions(setup.browser);
    await openAddForm(page);
    await page.fill('#f-contact-name', 'Katherine J.');
    await page.fill('#f-email', 'KATHERINE@acme.test');
    await page.waitForSelector('#duplicate-hint');
    const hint = await page.textContent('#duplicate-hint');
    const addDisabled = await page.isDisabled('button.primary[type=submit]');
    await page.click('#duplicate-hint button');
    const actual = { hint, addDisabled, title: await page.textContent('.contact-form h3'), name: await page.inputValue('#f-contact-name') };
    expect(actual).toEqual({
      hint: expect.stringContaining('A contact with this email already exists: Katherine Johnson.'),
      addDisabled: true,
      title: 'Edit contact',
      name: 'Katherine Johnson',
    });
    await page.close();
  });

  it('opens the add form filled from a selection when "Add selection as contact" is clicked', async () => {
    const { browser, server } = setup;
    const tab = await browser.context.newPage();
    await tab.goto(`${server.url}/api/v1/health`);
    await tab.evaluate(() => {
      const block = document.createElement('div');
      block.id = 'signature';
      block.innerText = 'Jane Doe\nHead of Sales, Acme GmbH\njane.doe@acme.example | +49 30 1234567';
      document.body.replaceChildren(block);
      getSelection()!.selectAllChildren(block);
    });
    const worker = browser.context.serviceWorkers()[0]!;
    const opened = browser.context.waitForEvent('page', (page) => page.url().includes('options.html#add'));
    await worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(filter: object): Promise<unknown[]> } } };
      const [found] = await chrome.tabs.query({ url: `${url}/*` });
      const click = { menuItemId: 'add-selection', selectionText: 'Jane Doe Head of Sales, Acme GmbH jane.doe@acme.example | +49 30 1234567', frameId: 0, editable: false, pageUrl: '' };
      await (globalThis as unknown as { addSelectionAsContact: (info: unknown, tab: unknown) => Promise<void> }).addSelectionAsContact(click, found);
    }, server.url);
    const form = await opened;
    await form.waitForSelector('#f-contact-name');
    await form.waitForFunction(() => (document.querySelector('#f-contact-name') as HTMLInputElement | null)?.value !== '');
    const values = await form.$$eval('.contact-form input', (inputs) => (inputs as HTMLInputElement[]).map((input) => input.value));
    expect(values).toEqual(['Jane Doe', 'Head of Sales', 'jane.doe@acme.example', '+49 30 1234567', '', '']);
    await form.close();
    await tab.close();
  });
});
