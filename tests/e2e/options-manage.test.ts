/**
 * The options page's "Manage contacts" screen (issue 5), in Chromium with the built extension, against a real
 * server: editing and deleting a contact that another admin changes meanwhile.
 */
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../lib/api/api-client';
import { popupNames, requireChromium } from './extension-browser';
import { openOptions, settledText } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

/** The server's current version of the contact named `name` (another admin's view of it). */
async function onServer(admin: ApiClient, name: string) {
  const { contacts } = await admin.changes('');
  return contacts.find((contact) => contact.name === name)!;
}

describe.skipIf(!requireChromium())('managing contacts in the options page, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({
    seed: [
      { name: 'Ada Lovelace', position: 'Engineer', email: 'ada@acme.test', phones: [{ type: 'work', number: '+442079460000' }] },
      { name: 'Grace Hopper', position: 'Rear Admiral', email: 'grace@acme.test', phones: [] },
    ],
  });

  it('explains an edit conflict and keeps the typed changes, then saves them on top of the current version', async () => {
    const { admin } = setup;
    const page = await openOptions(setup.browser);
    await page.fill('#manage-search', 'lovelace');
    await page.click('button[aria-label="Edit Ada Lovelace"]');
    await page.fill('#f-position', 'Analyst');
    // Meanwhile another admin changes the same contact on the server.
    const ada = await onServer(admin, 'Ada Lovelace');
    await admin.updateContact(ada.id, ada.version, { name: 'Ada Lovelace', position: 'Countess', email: 'ada@acme.test', phones: ada.phones });
    await page.click('button.primary[type=submit]');
    const status = await settledText(page, '#form-status');
    const first = { status, notice: await page.textContent('.contact-form .notice'), kept: await page.inputValue('#f-position') };
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent === 'Changes to Ada Lovelace saved.');
    const saved = (await admin.getContact(ada.id)).position;
    expect({ ...first, saved }).toEqual({
      status: expect.stringContaining('Someone changed Ada Lovelace while you were editing'),
      notice: expect.stringContaining('was changed by someone else'),
      kept: 'Analyst',
      saved: 'Analyst',
    });
    await page.close();
  });

  it('does not delete a contact someone changed meanwhile, and says so', async () => {
    const { admin } = setup;
    const page = await openOptions(setup.browser);
    await page.fill('#manage-search', 'hopper');
    await page.waitForSelector('button[aria-label="Delete Grace Hopper"]');
    const grace = await onServer(admin, 'Grace Hopper');
    await admin.updateContact(grace.id, grace.version, { name: 'Grace Hopper', position: 'Admiral', email: 'grace@acme.test', phones: [] });
    await page.click('button[aria-label="Delete Grace Hopper"]');
    await page.click('dialog button.danger');
    const status = await settledText(page, '#manage-status');
    const actual = { status, popup: await popupNames(setup.browser, 'hopper'), deleted: (await admin.getContact(grace.id)).deleted };
    expect(actual).toEqual({ status: expect.stringMatching(/^Not deleted: someone changed Grace Hopper meanwhile/), popup: ['Grace Hopper'], deleted: false });
    await page.close();
  });
});
