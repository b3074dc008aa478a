/**
 * The options page's "Upload a CSV file" screen (issue 5), in Chromium with the built extension, against a real
 * server: preview, confirmation, undo, the duplicate policy, rejected lines, refused files, the drop zone.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_EXAMPLE } from '../fixtures/contacts';
import { axeViolations, openPopup, popupNames, requireChromium, searchPopup } from './extension-browser';
import { BAD_LINES, confirmUpload, csvText, openOptions, pickCsv, previewCounts } from './options-page';
import { serverNames, useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireChromium())('uploading a CSV file in the options page, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ seed: [{ name: 'Hedy Lamarr', position: 'Inventor', email: 'hedy@acme.test', phones: [] }] });

  it("imports the users' guide example (French header, trailing commas) after a preview of 2, and the popup and the server have both", async () => {
    const page = await openOptions(setup.browser, 'import');
    await pickCsv(page, 'exemple.csv', GUIDE_EXAMPLE);
    const counts = await previewCounts(page);
    const { confirmation, progressShown } = await confirmUpload(page);
    const onServer = await serverNames(setup.admin);
    const actual = {
      counts,
      progressShown,
      confirmation,
      john: await popupNames(setup.browser, 'john smith'),
      maria: await popupNames(setup.browser, 'maria beck'),
      onServer: ['John Smith', 'Maria Beck'].map((name) => onServer.includes(name)),
    };
    expect(actual).toEqual({
      counts: {
        create: '2 new contacts will be added',
        duplicates: 'No duplicate',
        rejected: 'No line is rejected',
        warnings: '3 warnings',
      },
      progressShown: true,
      confirmation: 'Imported: 2 added, 0 updated.',
      john: ['John Smith'],
      maria: ['Maria Beck'],
      onServer: [true, true],
    });
    await page.close();
  });

  it('undoes an import: its contacts are gone from the popup', async () => {
    const page = await openOptions(setup.browser, 'import');
    await pickCsv(page, 'undo-me.csv', csvText('Undo Person,,undo.person@acme.test,,,'));
    await previewCounts(page);
    await confirmUpload(page);
    const before = await popupNames(setup.browser, 'undo person');
    // The import history (issue 11) lists the batch with its file, count and an Undo; after the undo, "Undone".
    const historyRow = async () => {
      const row = page.locator('#history-table tbody tr', { hasText: 'undo-me.csv' });
      await row.waitFor();
      return (await row.locator('td').allTextContents()).slice(1);
    };
    const listed = await historyRow();
    await page.click('#undo-upload');
    await page.waitForFunction(() => document.querySelector('#undo-status')?.textContent?.startsWith('Undone'));
    await page.waitForFunction(() => [...document.querySelectorAll('#history-table tbody tr')].some((row) => row.textContent?.includes('undo-me.csv') && row.textContent.includes('Undone')));
    const actual = { before, listed, status: await page.textContent('#undo-status'), after: await popupNames(setup.browser, 'undo person'), undone: await historyRow() };
    expect(actual).toEqual({
      before: ['Undo Person'],
      listed: ['alice', 'undo-me.csv', '1', 'Undo this import'],
      status: 'Undone: 1 contact reverted. Left alone because they changed since: 0.',
      after: [],
      undone: ['alice', 'undo-me.csv', '1', 'Undone'],
    });
    await page.close();
  });

  it('updates the existing contact on a duplicate upload with "update", instead of adding one', async () => {
    const page = await openOptions(setup.browser, 'import');
    await pickCsv(page, 'hedy.csv', csvText('Hedy Lamarr,Head of Research,hedy@acme.test,+15551234567,,'));
    const skip = await previewCounts(page);
    await page.check('input[name=policy][value=update]');
    await page.waitForSelector('#preview-counts li[data-count=update]');
    const update = await previewCounts(page);
    const { confirmation } = await confirmUpload(page);
    const popup = await openPopup(setup.browser);
    const names = await searchPopup(popup, 'hedy');
    const position = await popup.textContent('.row .position');
    await popup.close();
    expect({ skip: skip.create, update: update.update, confirmation, names, position }).toEqual({
      skip: 'No new contact will be added',
      update: '1 existing contact will be updated',
      confirmation: 'Imported: 0 added, 1 updated.',
      names: ['Hedy Lamarr'],
      position: expect.stringContaining('Head of Research'),
    });
    await page.close();
  });

  it('lists the bad lines of a file with their line numbers and reasons, and the download holds them', async () => {
    const page = await openOptions(setup.browser, 'import');
    await pickCsv(page, 'bad.csv', BAD_LINES);
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

  it('refuses a file that is not a .csv with one message, and imports nothing', async () => {
    const page = await openOptions(setup.browser, 'import');
    await pickCsv(page, 'contacts.txt', GUIDE_EXAMPLE);
    await page.waitForSelector('#upload-refused');
    const actual = { message: await page.textContent('#upload-refused'), preview: await page.$('#upload-preview') };
    expect(actual).toEqual({ message: expect.stringMatching(/^Nothing was imported\. .*\.csv/), preview: null });
    await page.close();
  });

  it('checks a file dropped on the drop zone', async () => {
    const page = await openOptions(setup.browser, 'import');
    await page.waitForSelector('.drop-zone');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, csvText('Hedy Lamarr,,hedy@acme.test,,,'));
    const counts = await previewCounts(page);
    expect([await page.textContent('#upload-preview h4'), counts.create]).toEqual(['Before importing dropped.csv', 'No new contact will be added']);
    await page.close();
  });

  it('finds no accessibility violation on the options page with axe-core', async () => {
    const page = await openOptions(setup.browser, 'import');
    await page.waitForSelector('#upload-title');
    await pickCsv(page, 'bad.csv', BAD_LINES);
    await previewCounts(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
