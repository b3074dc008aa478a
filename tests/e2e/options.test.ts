/**
 * Issue 5 end to end: the options page's admin tools and "Add selection as contact", in Debian's Chromium with the
 * built extension, against a real server on 127.0.0.1 with a SQLite file.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../lib/api/api-client';
import { GUIDE_EXAMPLE } from '../fixtures/contacts';
import { startRealServer, type RealServer } from '../fixtures/real-server';
import {
  axeViolations,
  chromiumAvailable,
  frenchAvailable,
  launchExtension,
  MISSING_CHROMIUM,
  MISSING_FRENCH,
  openPopup,
  popupNames as popupNamesIn,
  searchPopup,
  type ExtensionBrowser,
} from './extension-browser';

if (!chromiumAvailable()) {
  if (process.env.CI === 'true') throw new Error(MISSING_CHROMIUM);
  console.warn(`Skipping the end-to-end tests. ${MISSING_CHROMIUM}`);
}

const BAD_LINES = [
  'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2',
  'Ok Person,,ok.person@acme.test,,,',
  ',Nameless,nameless@acme.test,,,',
  'Bad Mail,,not-an-email,,,',
  'National Only,,,0612345678,,',
].join('\r\n');

describe.skipIf(!chromiumAvailable())('the options page, in Chromium, against a real server', () => {
  let server: RealServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startRealServer();
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openOptions(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    await page.waitForSelector('#connection-title');
    return page;
  }

  async function connect(token: string): Promise<Page> {
    const page = await openOptions();
    await page.fill('#server-url', server.url);
    await page.fill('#token', token);
    await page.click('section[aria-labelledby=connection-title] button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#connection-status')?.textContent !== '');
    return page;
  }

  async function pick(page: Page, name: string, text: string) {
    await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }

  async function previewCounts(page: Page): Promise<Record<string, string>> {
    await page.waitForSelector('#preview-counts');
    return page.$$eval('#preview-counts li', (items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-count'), li.textContent])));
  }

  async function confirmUpload(page: Page): Promise<string> {
    // Records whether the progress bar showed, however briefly.
    await page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#upload-progress')) return;
        seen.progress = true;
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.click('#confirm-upload');
    await page.waitForSelector('#upload-confirmation');
    return (await page.textContent('#upload-confirmation')) ?? '';
  }

  const popupNames = (text: string) => popupNamesIn(browser, text);

  it('connects with an admin token and shows the admin sections', async () => {
    const page = await connect(server.admin);
    await page.waitForSelector('#upload-title');
    // After the first sync the page leaves the popup a snapshot to paint at once (without the token).
    await page.waitForFunction(() => localStorage.getItem('popup-snapshot') !== null);
    const snapshot = await page.evaluate(() => localStorage.getItem('popup-snapshot')!);
    const actual = {
      snapshot: { settingsUrl: snapshot.includes(server.url), token: snapshot.includes(server.admin) },
      status: await page.textContent('#connection-status'),
      sections: await page.$$eval('main h2', (headings) => headings.map((h) => h.textContent)),
    };
    expect(actual).toEqual({
      snapshot: { settingsUrl: true, token: false },
      status: 'Connected as alice (admin).',
      sections: ['Add or edit a contact', 'Upload a CSV file', 'Manage contacts', 'Export and template', 'Directory server', 'How to call', 'Phone numbers'],
    });
    await page.close();
  });

  it('adds a contact through the form, checking fields as you type, and the popup finds it', async () => {
    const page = await openOptions();
    await page.fill('#f-contact-name', 'Ada Lovelace');
    // No blur: the message shows once typing pauses.
    await page.fill('#f-work-phone', '020 7946 0000');
    await page.waitForSelector('#f-work-phone-message');
    const message = await page.textContent('#f-work-phone-message');
    await page.fill('#f-work-phone', '+44 20 7946 0000');
    await page.fill('#f-email', 'ada@acme.test');
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent !== '');
    const actual = { message, status: await page.textContent('#form-status'), popup: await popupNames('lovelace') };
    expect(actual).toEqual({
      message: expect.stringContaining('international format'),
      status: 'Ada Lovelace added.',
      popup: ['Ada Lovelace'],
    });
    await page.close();
  });

  it("imports the users' guide example (French header, trailing commas) after a preview of 2, and the popup finds both", async () => {
    const page = await openOptions();
    await pick(page, 'exemple.csv', GUIDE_EXAMPLE);
    const counts = await previewCounts(page);
    const confirmation = await confirmUpload(page);
    const progress = await page.evaluate(() => (window as unknown as { seen: { progress: boolean } }).seen.progress);
    const actual = { counts, progress, confirmation, john: await popupNames('john smith'), maria: await popupNames('maria beck') };
    expect(actual).toEqual({
      counts: {
        create: '2 new contacts will be added',
        duplicates: 'No duplicate',
        rejected: 'No line is rejected',
        warnings: '3 warnings',
      },
      progress: true,
      confirmation: 'Imported: 2 added, 0 updated.',
      john: ['John Smith'],
      maria: ['Maria Beck'],
    });
    await page.close();
  });

  it('undoes an import: its contacts are gone from the popup', async () => {
    const page = await openOptions();
    await pick(page, 'undo-me.csv', 'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2\r\nUndo Person,,undo.person@acme.test,,,\r\n');
    await previewCounts(page);
    await confirmUpload(page);
    const before = await popupNames('undo person');
    await page.click('#undo-upload');
    await page.waitForFunction(() => document.querySelector('#undo-status')?.textContent?.startsWith('Undone'));
    const actual = { before, status: await page.textContent('#undo-status'), after: await popupNames('undo person') };
    expect(actual).toEqual({
      before: ['Undo Person'],
      status: 'Undone: 1 contacts reverted. Left alone because they changed since: 0.',
      after: [],
    });
    await page.close();
  });

  it('updates the existing contact on a duplicate upload with "update", instead of adding one', async () => {
    const page = await openOptions();
    const file = 'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2\r\nMaria Beck,Head of Sales,maria.beck@email.com,+15551234567,,\r\n';
    await pick(page, 'maria.csv', file);
    const skip = await previewCounts(page);
    await page.check('input[name=policy][value=update]');
    await page.waitForSelector('#preview-counts li[data-count=update]');
    const update = await previewCounts(page);
    const confirmation = await confirmUpload(page);
    const popup = await openPopup(browser);
    const names = await searchPopup(popup, 'maria');
    const position = await popup.textContent('.row .position');
    await popup.close();
    expect({ skip: skip.create, update: update.update, confirmation, names, position }).toEqual({
      skip: 'No new contact will be added',
      update: '1 existing contact will be updated',
      confirmation: 'Imported: 0 added, 1 updated.',
      names: ['Maria Beck'],
      position: expect.stringContaining('Head of Sales'),
    });
    await page.close();
  });

  it('lists the bad lines of a file with their line numbers and reasons, and the download holds them', async () => {
    const page = await openOptions();
    await pick(page, 'bad.csv', BAD_LINES);
    await previewCounts(page);
    const rows = await page.$$eval('#rejected-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the rejected lines')]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const actual = {
      rows: rows.map(([line, field]) => [line, field]),
      reasons: rows.map((row) => row[2]!.length > 20),
      fileName: download.suggestedFilename(),
      lines: text.replace(/^\ufeff/, '').trim().split('\r\n').map((line) => line.split(',').slice(0, 4).join(',')),
    };
    expect(actual).toEqual({
      rows: [
        ['3', 'contact-name'],
        ['4', 'email'],
        ['5', 'work-phone'],
      ],
      reasons: [true, true, true],
      fileName: 'bad-rejected.csv',
      lines: [
        'contact-name,position,email,work-phone',
        ',Nameless,nameless@acme.test,',
        'Bad Mail,,not-an-email,',
        'National Only,,,0612345678',
      ],
    });
    await page.close();
  });

  it('opens the add form filled from a selection when "Add selection as contact" is clicked', async () => {
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

  it('adds a contact with the keyboard only: Tab between fields, Enter saves', async () => {
    const page = await openOptions();
    await page.focus('#f-contact-name');
    await page.keyboard.type('Grace Hopper');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rear Admiral');
    await page.keyboard.press('Tab');
    await page.keyboard.type('grace@acme.test');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent !== '');
    const actual = { status: await page.textContent('#form-status'), focused: await page.evaluate(() => document.activeElement?.id) };
    expect(actual).toEqual({ status: 'Grace Hopper added.', focused: 'f-contact-name' });
    await page.close();
  });

  it('checks a file dropped on the drop zone', async () => {
    const page = await openOptions();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, GUIDE_EXAMPLE);
    const counts = await previewCounts(page);
    expect([await page.textContent('#upload-preview h3'), counts.create]).toEqual(['Before importing dropped.csv', 'No new contact will be added']);
    await page.close();
  });

  it('shows a likely duplicate before saving, with a link that opens the existing contact', async () => {
    const page = await openOptions();
    await page.fill('#f-contact-name', 'Ada L.');
    await page.fill('#f-email', 'ADA@acme.test');
    await page.waitForSelector('#duplicate-hint');
    const hint = await page.textContent('#duplicate-hint');
    const addDisabled = await page.isDisabled('button.primary[type=submit]');
    await page.click('#duplicate-hint button');
    const actual = { hint, addDisabled, title: await page.textContent('.contact-form h3'), name: await page.inputValue('#f-contact-name') };
    expect(actual).toEqual({
      hint: expect.stringContaining('A contact with this email already exists: Ada Lovelace.'),
      addDisabled: true,
      title: 'Edit contact',
      name: 'Ada Lovelace',
    });
    await page.close();
  });

  it('explains an edit conflict and keeps the typed changes, then saves them on top of the current version', async () => {
    const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
    const page = await openOptions();
    await page.fill('#manage-search', 'lovelace');
    await page.click('button[aria-label="Edit Ada Lovelace"]');
    await page.fill('#f-position', 'Analyst');
    // Meanwhile another admin changes the same contact on the server.
    const { contacts } = await admin.changes('');
    const ada = contacts.find((contact) => contact.name === 'Ada Lovelace')!;
    await admin.updateContact(ada.id, ada.version, { name: 'Ada Lovelace', position: 'Countess', email: 'ada@acme.test', phones: ada.phones });
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent !== '');
    const first = { status: await page.textContent('#form-status'), notice: await page.textContent('.contact-form .notice'), kept: await page.inputValue('#f-position') };
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent === 'Changes to Ada Lovelace saved.');
    const onServer = (await admin.getContact(ada.id)).position;
    expect({ ...first, onServer }).toEqual({
      status: expect.stringContaining('Someone changed Ada Lovelace while you were editing'),
      notice: expect.stringContaining('was changed by someone else'),
      kept: 'Analyst',
      onServer: 'Analyst',
    });
    await page.close();
  });

  it('does not delete a contact someone changed meanwhile, and says so', async () => {
    const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
    const page = await openOptions();
    await page.fill('#manage-search', 'hopper');
    await page.waitForSelector('button[aria-label="Delete Grace Hopper"]');
    const { contacts } = await admin.changes('');
    const grace = contacts.find((contact) => contact.name === 'Grace Hopper')!;
    await admin.updateContact(grace.id, grace.version, { name: 'Grace Hopper', position: 'Admiral', email: 'grace@acme.test', phones: [] });
    await page.click('button[aria-label="Delete Grace Hopper"]');
    await page.click('dialog button.danger');
    await page.waitForFunction(() => document.querySelector('#manage-status')?.textContent !== '');
    const actual = { status: await page.textContent('#manage-status'), popup: await popupNames('hopper'), onServer: (await admin.getContact(grace.id)).deleted };
    expect(actual).toEqual({ status: expect.stringMatching(/^Not deleted: someone changed Grace Hopper meanwhile/), popup: ['Grace Hopper'], onServer: false });
    await page.close();
  });

  it('refuses a file that is not a .csv with one message, and imports nothing', async () => {
    const page = await openOptions();
    await pick(page, 'contacts.txt', GUIDE_EXAMPLE);
    await page.waitForSelector('#upload-refused');
    const actual = { message: await page.textContent('#upload-refused'), preview: await page.$('#upload-preview') };
    expect(actual).toEqual({ message: expect.stringMatching(/^Nothing was imported\. .*\.csv/), preview: null });
    await page.close();
  });

  it('exports the directory as CSV and vCard, and downloads the French template', async () => {
    const page = await openOptions();
    await page.waitForFunction(() => !(document.querySelector('#export-csv') as HTMLButtonElement).disabled);
    const read = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const csv = await read('#export-csv');
    const vcard = await read('#export-vcard');
    const template = await read('#template-fr');
    const actual = {
      csv: [csv.name, csv.text.split('\r\n')[0], csv.text.includes('Ada Lovelace,Analyst,ada@acme.test,0044 20 7946 0000')],
      vcard: [vcard.name, vcard.text.startsWith('BEGIN:VCARD'), vcard.text.includes('FN:Ada Lovelace')],
      template: [template.name, template.text.split('\r\n')[0]],
    };
    expect(actual).toEqual({
      csv: ['company-contacts.csv', '\ufeffcontact-name,position,email,work-phone,optional-phone-1,optional-phone-2', true],
      vcard: ['company-contacts.vcf', true, true],
      template: ['company-contacts-template-fr.csv', '\ufeffnom-contact,poste,e-mail,téléphone-travail,téléphone-facultatif-1,téléphone-facultatif-2'],
    });
    await page.close();
  });

  it('finds no accessibility violation on the options page with axe-core', async () => {
    const page = await openOptions();
    await page.waitForSelector('#upload-title');
    await pick(page, 'bad.csv', BAD_LINES);
    await previewCounts(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a member token no admin section, only a read-only note', async () => {
    const page = await connect(server.member);
    await page.waitForSelector('#read-only-note');
    const actual = {
      sections: await page.$$eval('main h2', (headings) => headings.map((h) => h.textContent)),
      note: await page.textContent('#read-only-note'),
    };
    expect(actual).toEqual({
      sections: ['Directory server', 'How to call'],
      note: 'Your token can read the directory but not change it. Ask an admin to add or edit contacts.',
    });
    await page.close();
  });

  it('server-side: the contacts imported through the page are on the server', async () => {
    const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
    const names = new Set<string>();
    for (let cursor = '', more = true; more; ) {
      const page = await admin.changes(cursor);
      for (const contact of page.contacts) if (!contact.deleted) names.add(contact.name);
      cursor = page.cursor;
      more = page.more;
    }
    expect([...names].sort()).toEqual(['Ada Lovelace', 'Grace Hopper', 'John Smith', 'Maria Beck']);
  });
});

describe.skipIf(!chromiumAvailable())('the options page in local mode (no server), in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const popupNames = (text: string) => popupNamesIn(browser, text);

  it('says why an import cannot be undone once its contacts were edited', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    await page.waitForSelector('#upload-title');
    const file = 'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2\r\nEdited Later,,edited.later@acme.test,,,\r\n';
    await page.setInputFiles('#csv-file', { name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await page.click('#confirm-upload');
    await page.waitForSelector('#upload-confirmation');
    await page.fill('#manage-search', 'edited later');
    await page.click('button[aria-label="Edit Edited Later"]');
    await page.fill('#f-position', 'Changed since');
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent === 'Changes to Edited Later saved.');
    await page.click('#undo-upload');
    await page.waitForFunction(() => document.querySelector('#undo-status')?.textContent !== '' && document.querySelector('#undo-status')?.textContent !== 'Undoing…');
    const actual = { status: await page.textContent('#undo-status'), popup: await popupNames('edited later') };
    expect(actual).toEqual({
      status: 'Could not undo: every contact of this import was changed since; nothing was reverted.',
      popup: ['Edited Later'],
    });
    await page.close();
  });

  it('adds, imports, undoes, edits and deletes in this browser only', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    await page.waitForSelector('#upload-title');
    await page.fill('#f-contact-name', 'Local Person');
    await page.fill('#f-email', 'local@acme.test');
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent === 'Local Person added.');
    const added = await popupNames('local');

    await page.setInputFiles('#csv-file', { name: 'exemple.csv', mimeType: 'text/csv', buffer: Buffer.from(GUIDE_EXAMPLE, 'utf8') });
    await page.click('#confirm-upload');
    await page.waitForSelector('#upload-confirmation');
    const imported = await popupNames('beck');
    await page.click('#undo-upload');
    await page.waitForFunction(() => document.querySelector('#undo-status')?.textContent?.startsWith('Undone'));
    const undone = await popupNames('beck');

    await page.fill('#manage-search', 'local');
    await page.click('button[aria-label="Edit Local Person"]');
    await page.fill('#f-position', 'Office manager');
    await page.click('button.primary[type=submit]');
    await page.waitForFunction(() => document.querySelector('#form-status')?.textContent === 'Changes to Local Person saved.');
    const popup = await openPopup(browser);
    await searchPopup(popup, 'local');
    const position = await popup.textContent('.row .position');
    await popup.close();

    await page.fill('#manage-search', 'local');
    await page.click('button[aria-label="Delete Local Person"]');
    const dialogFocus = await page.evaluate(() => document.activeElement?.textContent);
    await page.click('dialog button.danger');
    await page.waitForFunction(() => document.querySelector('#manage-status')?.textContent === 'Local Person deleted.');
    const deleted = await popupNames('local');

    expect({ added, imported, undone, position, dialogFocus, deleted }).toEqual({
      added: ['Local Person'],
      imported: ['Maria Beck'],
      undone: [],
      position: expect.stringContaining('Office manager'),
      dialogFocus: 'Cancel',
      deleted: [],
    });
    await page.close();
  });
});

if (chromiumAvailable() && !frenchAvailable()) {
  if (process.env.CI === 'true') throw new Error(MISSING_FRENCH);
  console.warn(`Skipping the French end-to-end test. ${MISSING_FRENCH}`);
}

describe.skipIf(!frenchAvailable())('the options page in French', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension({ language: 'fr' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the page, the field messages and the file's problem lines in French", async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    await page.waitForSelector('#upload-title');
    await page.fill('#f-work-phone', '0612345678');
    await page.locator('#f-work-phone').blur();
    await page.setInputFiles('#csv-file', { name: 'mauvais.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_LINES, 'utf8') });
    await page.waitForSelector('#rejected-table');
    const actual = {
      lang: await page.evaluate(() => document.documentElement.lang),
      title: await page.textContent('#upload-title'),
      field: await page.textContent('#f-work-phone-message'),
      firstRow: await page.$eval('#rejected-table tbody tr', (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    };
    expect(actual).toEqual({
      lang: 'fr',
      title: 'Charger un fichier CSV',
      field: expect.stringContaining("n'est pas au format international"),
      firstRow: ['3', 'nom-contact', expect.stringContaining('Le nom du contact est vide')],
    });
    await page.close();
  });
});
