/**
 * The console's Activity section (issue 11), in Chromium with the built extension, against a real server: the audit
 * log newest first with who and what, import batches with their counts and Undo, filters by person, contact and
 * import, and paging.
 */
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../lib/api/api-client';
import { requireChromium } from './extension-browser';
import { csvText, openOptions, settledText } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

const SEED = Array.from({ length: 28 }, (_, i) => ({ name: `Person ${String(i + 1).padStart(2, '0')}`, email: `p${i + 1}@acme.test`, phones: [] }));

describe.skipIf(!requireChromium())('the Activity section, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ seed: [{ name: 'Ada Lovelace', email: 'ada@acme.test', phones: [] }, ...SEED] });

  /** The rows' "what" column on the page shown. */
  const whats = (page: import('playwright-core').Page) =>
    page.$$eval('#activity-table tbody tr td:nth-child(3) > div:first-child', (cells) => cells.map((cell) => cell.textContent));

  it('lists who did what, newest first, with an import’s count and its Undo, and pages the rest', async () => {
    const { admin, server } = setup;
    const { contacts } = await admin.changes('');
    const ada = contacts.find((contact) => contact.name === 'Ada Lovelace')!;
    await admin.updateContact(ada.id, ada.version, { name: 'Ada Lovelace', position: 'Countess', email: 'ada@acme.test', phones: [] });
    await admin.importCsv('two.csv', csvText('Imported One,,one@acme.test,,,', 'Imported Two,,two@acme.test,,,'));
    const bob = await admin.createToken({ name: 'bob', role: 'admin' });
    await createApiClient({ baseUrl: server.url, token: bob.secret, fetch }).createContact({ name: 'Bob Added', email: 'bob.added@acme.test', phones: [] });

    const page = await openOptions(setup.browser, 'activity');
    await page.waitForSelector('#activity-table');
    // Opening Activity syncs the local copy, which names the contact bob added a moment ago.
    await page.waitForFunction(() => document.querySelector('#activity-table tbody td:nth-child(3)')?.textContent?.includes('Bob Added'));
    const first = {
      count: await page.textContent('#activity-count'),
      whats: (await whats(page)).slice(0, 4),
      who: await page.$$eval('#activity-table tbody tr td:nth-child(2)', (cells) => cells.slice(0, 4).map((cell) => cell.textContent)),
      when: await page.textContent('#activity-table tbody tr td'),
      page: await page.textContent('#activity-page'),
    };
    await page.click('#activity-older');
    const older = { page: await page.textContent('#activity-page'), rows: (await whats(page)).length };
    expect({ first, older }).toEqual({
      first: {
        count: '33 entries',
        whats: ['Added Bob Added', 'Invited bob (new token)', 'Imported 2 contacts', 'Edited Ada Lovelace'],
        who: ['bob', 'alice', 'alice', 'alice'],
        when: expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/),
        page: 'Page 1 of 2',
      },
      older: { page: 'Page 2 of 2', rows: 8 },
    });
    await page.close();
  });

  it('filters by person, by contact and by import, and undoes an import from its entry', async () => {
    const { admin, server } = setup;
    const carol = await admin.createToken({ name: 'carol', role: 'admin' });
    await createApiClient({ baseUrl: server.url, token: carol.secret, fetch }).createContact({ name: 'Carol Added', email: 'carol.added@acme.test', phones: [] });
    await admin.importCsv('undo-me.csv', csvText('Undo Me,,undo.me@acme.test,,,'));
    const page = await openOptions(setup.browser, 'activity');
    await page.waitForSelector('#activity-table');
    await page.waitForSelector('#filter-person option[value=carol]', { state: 'attached' });
    await page.selectOption('#filter-person', 'carol');
    const byPerson = await whats(page);
    await page.selectOption('#filter-person', '');
    await page.fill('#filter-contact', 'lovelace');
    const byContact = await whats(page);
    await page.fill('#filter-contact', '');
    const option = await page.$eval('#filter-import option:nth-child(2)', (o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent }));
    await page.selectOption('#filter-import', option.value);
    const byImport = await whats(page);
    await page.click('#activity-table button');
    const status = await settledText(page, '#activity-status', ['Undoing…']);
    await page.waitForFunction(() => document.querySelectorAll('#activity-table tbody tr').length === 2);
    expect({
      byPerson,
      byContact,
      option: option.text,
      byImport,
      status,
      afterUndo: await whats(page),
      badge: await page.textContent('#activity-table .badge'),
    }).toEqual({
      byPerson: ['Added Carol Added'],
      byContact: expect.arrayContaining(['Added Ada Lovelace']),
      option: expect.stringMatching(/ — alice — 1 contact$/),
      byImport: ['Imported 1 contact'],
      status: expect.stringMatching(/^Undone/),
      afterUndo: [expect.stringMatching(/^Undid the import of .* \(1 contact\)$/), 'Imported 1 contact'],
      badge: 'Undone',
    });
    await page.close();
  });
});
