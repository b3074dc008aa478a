/**
 * The console's Activity section (issue 11), in Chromium with the built extension, against a real server: the audit
 * log newest first with who and what, before → after of edits and deletions, import batches with their counts and
 * Undo, filters by person, contact and import (answered by the server), and "Load more".
 */
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../lib/api/api-client';
import { axeViolations, requireChromium, requireFrenchUi } from './extension-browser';
import { csvText, openOptions, settledText } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

/** The rows' "what" column on the page shown. */
const whats = (page: import('playwright-core').Page) =>
  page.$$eval('#activity-table tbody tr td:nth-child(3) > div:first-child', (cells) => cells.map((cell) => cell.textContent));

const SEED = Array.from({ length: 28 }, (_, i) => ({ name: `Person ${String(i + 1).padStart(2, '0')}`, email: `p${i + 1}@acme.test`, phones: [] }));

describe.skipIf(!requireChromium())('the Activity section, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ seed: [{ name: 'Ada Lovelace', email: 'ada@acme.test', phones: [] }, ...SEED] });


  it('lists who did what, newest first, with before → after, an import’s count and its Undo, and loads the rest', async () => {
    const { admin, server } = setup;
    const { contacts } = await admin.changes('');
    const ada = contacts.find((contact) => contact.name === 'Ada Lovelace')!;
    const gone = contacts.find((contact) => contact.name === 'Person 28')!;
    await admin.updateContact(ada.id, ada.version, { name: 'Ada Lovelace', position: 'Countess', email: 'ada@acme.test', phones: [{ type: 'work', number: '+442071234567' }] });
    await admin.importCsv('two.csv', csvText('Imported One,,one@acme.test,,,', 'Imported Two,,two@acme.test,,,'));
    const bob = await admin.createToken({ name: 'bob', role: 'admin' });
    await createApiClient({ baseUrl: server.url, token: bob.secret, fetch }).createContact({ name: 'Bob Added', email: 'bob.added@acme.test', phones: [] });
    await admin.deleteContact(gone.id, gone.version);

    const page = await openOptions(setup.browser, 'activity');
    await page.waitForSelector('#activity-table');
    // Opening Activity syncs the local copy, which names the contact bob added a moment ago.
    await page.waitForFunction(() => document.querySelector('#activity-table tbody tr:nth-child(2) td:nth-child(3)')?.textContent?.includes('Bob Added'));
    const row = (action: string) => `#activity-table tbody tr[data-action="${action}"]`;
    const first = {
      count: await page.textContent('#activity-count'),
      whats: (await whats(page)).slice(0, 5),
      who: await page.$$eval('#activity-table tbody tr td:nth-child(2)', (cells) => cells.slice(0, 5).map((cell) => cell.textContent)),
      when: await page.textContent('#activity-table tbody tr td'),
      rows: (await whats(page)).length,
      shown: await page.textContent('#activity-shown'),
      // The edit: only what changed, the old value struck → the new one, the phone in display form.
      edit: await page.$$eval(`${row('contact.update')} .changes li`, (items) => items.map((item) => item.textContent)),
      struck: await page.$eval(`${row('contact.update')} .change-old`, (del) => getComputedStyle(del).textDecorationLine),
      // The deletion: what the contact held, struck, named although it is no longer in the directory; an addition:
      // what the contact was given.
      deleted: await page.$eval(`${row('contact.delete')} .change-summary del`, (del) => del.textContent),
      added: await page.$eval(`${row('contact.create')} .change-summary`, (p) => p.textContent),
      file: await page.textContent(`${row('import')} .details`),
    };
    await page.focus('#activity-more');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#activity-table tbody tr').length > 25);
    const all = {
      rows: (await whats(page)).length,
      shown: await page.textContent('#activity-shown'),
      more: await page.$('#activity-more'),
      oldest: (await whats(page)).at(-1),
      // The button went away with the last page: the focus moved to the count of entries shown.
      focus: await page.evaluate(() => document.activeElement?.id),
    };
    // The struck and dimmed old values keep their contrast, light and dark.
    const axe: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      axe[scheme] = await axeViolations(page);
    }
    expect({ first, all, axe }).toEqual({
      first: {
        count: '34 entries',
        whats: ['Deleted Person 28', 'Added Bob Added', 'Invited bob (new token)', 'Imported 2 contacts', 'Edited Ada Lovelace'],
        who: ['alice', 'bob', 'alice', 'alice', 'alice'],
        when: expect.stringMatching(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/),
        rows: 25,
        shown: 'Showing 25 of 34 entries',
        edit: ['Position was (empty) → now Countess', 'Phones was (empty) → now +44 20 7123 4567'],
        struck: 'line-through',
        deleted: 'p28@acme.test',
        added: 'bob.added@acme.test',
        file: 'two.csv',
      },
      all: { rows: 34, shown: 'Showing 34 of 34 entries', more: null, oldest: 'Added Ada Lovelace', focus: 'activity-shown' },
      axe: { light: [], dark: [] },
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
    const rowCount = () => page.$$eval('#activity-table tbody tr', (rows) => rows.length);
    const unfiltered = await rowCount();
    // Each filter is answered by the server: wait for the table to show the filtered page, then read it.
    await page.selectOption('#filter-person', 'carol');
    // Rows, and only carol's: an empty table (the filtered page still on its way) is not the answer yet.
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('#activity-table tbody td:nth-child(2)')];
      return cells.length > 0 && cells.every((cell) => cell.textContent === 'carol');
    });
    const byPerson = await whats(page);
    await page.selectOption('#filter-person', '');
    await page.fill('#filter-contact', 'lovelace');
    await page.waitForFunction((before) => {
      const rows = document.querySelectorAll('#activity-table tbody tr').length;
      return rows > 0 && rows < before;
    }, unfiltered);
    const byContact = await whats(page);
    await page.fill('#filter-contact', 'zzzz');
    await page.waitForSelector('#activity-empty');
    const noContact = { hint: await page.textContent('#filter-contact-hint'), empty: await page.textContent('#activity-empty') };
    await page.fill('#filter-contact', '');
    const option = await page.$eval('#filter-import option:nth-child(2)', (o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent }));
    await page.selectOption('#filter-import', option.value);
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('#activity-table tbody tr');
      return rows.length > 0 && rows.length <= 2;
    });
    const byImport = await whats(page);
    const importFile = await page.textContent('#activity-table tbody tr[data-action="import"] .details');
    await page.click('#activity-table button');
    const status = await settledText(page, '#activity-status', ['Undoing…']);
    await page.waitForFunction(() => document.querySelectorAll('#activity-table tbody tr').length === 2);
    expect({
      byPerson,
      byContact,
      noContact,
      option: option.text,
      byImport,
      importFile,
      status,
      afterUndo: await whats(page),
      badge: await page.textContent('#activity-table .badge'),
    }).toEqual({
      byPerson: ['Added Carol Added'],
      byContact: expect.arrayContaining(['Added Ada Lovelace']),
      noContact: { hint: 'No contact in the directory is named like “zzzz”.', empty: 'No entry matches these filters.' },
      option: expect.stringMatching(/ — alice — 1 contact$/),
      byImport: ['Imported 1 contact'],
      importFile: 'undo-me.csv',
      status: expect.stringMatching(/^Undone/),
      afterUndo: [expect.stringMatching(/^Undid the import of .* \(1 contact\)$/), 'Imported 1 contact'],
      badge: 'Undone',
    });
    await page.close();
  });
});

describe.skipIf(!requireFrenchUi())('the Activity section in French', () => {
  const setup = useConnectedExtension({ seed: [{ name: 'Ada Lovelace', email: 'ada@acme.test', phones: [] }], language: 'fr' });

  it('says who did what, before → after, with French dates and numbers', async () => {
    const { admin } = setup;
    const { contacts } = await admin.changes('');
    const ada = contacts.find((contact) => contact.name === 'Ada Lovelace')!;
    await admin.updateContact(ada.id, ada.version, { name: 'Ada Lovelace', position: 'Comtesse', email: 'ada@acme.test', phones: [] });
    const lines = Array.from({ length: 1000 }, (_, i) => `Personne ${i + 1},,p${i + 1}@acme.test,,,`);
    await admin.importCsv('mille.csv', csvText(...lines));
    const page = await openOptions(setup.browser, 'activity');
    await page.waitForSelector('#activity-table tr[data-action="contact.update"]');
    const actual = {
      count: await page.textContent('#activity-count'),
      shown: await page.textContent('#activity-shown'),
      whats: await whats(page),
      change: await page.$$eval('#activity-table tr[data-action="contact.update"] .changes li', (items) => items.map((item) => item.textContent)),
      when: await page.textContent('#activity-table tbody tr td'),
    };
    expect(actual).toEqual({
      count: '3 entrées',
      shown: 'Affichage : 3 sur 3 entrées',
      // 1 000 grouped the French way (a narrow no-break space).
      whats: ['A importé 1\u202f000 contacts', 'A modifié Ada Lovelace', 'A ajouté Ada Lovelace'],
      change: ['Poste avant (vide) → maintenant Comtesse'],
      when: expect.stringMatching(/^\d{1,2} [a-zéû]+\.? \d{4}(,| à) \d{2}:\d{2}$/u),
    });
    await page.close();
  });
});
