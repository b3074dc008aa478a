/**
 * The options page's upload of what people export (issue 13), in Chromium with the built extension, against a real
 * server: a Google Contacts CSV and a phone's vCard file are recognised, their mapping shown, and imported.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, popupNames, requireChromium } from './extension-browser';
import { confirmUpload, openOptions, pickCsv, previewCounts } from './options-page';
import { serverNames, useConnectedExtension } from './use-connected-extension';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url)), 'utf8');

describe.skipIf(!requireChromium())('uploading Google and vCard files in the options page, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ seed: [] });

  it('previews a Google Contacts CSV with what was recognised and how columns map, then imports it', async () => {
    const page = await openOptions(setup.browser);
    await pickCsv(page, 'google.csv', fixture('google-current.csv'));
    const counts = await previewCounts(page);
    const recognised = await page.textContent('#preview-format');
    const mapping = await page.textContent('#preview-mapping');
    const violations = await axeViolations(page);
    const { confirmation } = await confirmUpload(page);
    const actual = {
      counts,
      recognised,
      mapsName: mapping?.startsWith('First Name + Middle Name + Last Name → name'),
      listsUnused: mapping?.includes('3 columns not used: Birthday, Notes, Labels.'),
      violations,
      confirmation,
      popup: await popupNames(setup.browser, 'ana'),
      onServer: (await serverNames(setup.admin)).includes('Acme Reception'),
    };
    expect(actual).toEqual({
      counts: { create: '3 new contacts will be added', duplicates: 'No duplicate', rejected: '1 line is rejected (listed below)', warnings: '4 warnings' },
      recognised: 'Recognised: a Google Contacts CSV (current export).',
      mapsName: true,
      listsUnused: true,
      violations: [],
      confirmation: 'Imported: 3 added, 0 updated.',
      popup: ['Ana María López'],
      onServer: true,
    });
    await page.close();
  });

  it('previews and imports a vCard 2.1 file from a phone (quoted-printable names)', async () => {
    const page = await openOptions(setup.browser);
    await pickCsv(page, 'phone.vcf', fixture('phone-2.1.vcf'));
    const counts = await previewCounts(page);
    const recognised = await page.textContent('#preview-format');
    const { confirmation } = await confirmUpload(page);
    const actual = { create: counts.create, recognised, confirmation, popup: await popupNames(setup.browser, 'lévesque') };
    expect(actual).toEqual({
      create: '2 new contacts will be added',
      recognised: 'Recognised: a vCard file (version 2.1).',
      confirmation: 'Imported: 2 added, 0 updated.',
      popup: ['François Lévesque'],
    });
    await page.close();
  });
});
