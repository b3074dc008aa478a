/**
 * The options page's "Export and template" screen (issue 5), in Chromium with the built extension, against a real
 * server: the directory as CSV and vCard, and the French template.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireChromium } from './extension-browser';
import { openOptions } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireChromium())('exporting from the options page, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({
    seed: [{ name: 'Ada Lovelace', position: 'Analyst', email: 'ada@acme.test', phones: [{ type: 'work', number: '+442079460000' }] }],
  });

  it('exports the directory as CSV and vCard, and downloads the French template', async () => {
    const page = await openOptions(setup.browser);
    await page.waitForFunction(() => !(document.querySelector('#export-csv') as HTMLButtonElement).disabled);
    const read = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const csv = await read('#export-csv');
    const vcard = await read('#export-vcard');
    await page.click('#nav-import');
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
});
