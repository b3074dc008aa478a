/**
 * The options page in French (issue 5), in Chromium with its French UI (Debian's chromium-l10n) and the built
 * extension, in local mode: the page, a field's message and a file's problem lines.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, requireFrenchUi } from './extension-browser';
import { BAD_LINES, openAddForm, openOptions, pickCsv } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireFrenchUi())('the options page in French', () => {
  const setup = useConnectedExtension({ connectAs: null, language: 'fr' });

  it("shows the page, the field messages and the file's problem lines in French", async () => {
    const page = await openOptions(setup.browser);
    await openAddForm(page);
    await page.fill('#f-work-phone', '0612345678');
    await page.locator('#f-work-phone').blur();
    await page.waitForSelector('#f-work-phone-message');
    const field = await page.textContent('#f-work-phone-message');
    const nav = await page.$$eval('.console-nav a', (links) => links.map((link) => link.textContent));
    await page.click('#nav-import');
    await pickCsv(page, 'mauvais.csv', BAD_LINES);
    await page.waitForSelector('#rejected-table');
    const actual = {
      lang: await page.evaluate(() => document.documentElement.lang),
      nav,
      title: await page.textContent('#upload-title'),
      field,
      firstRow: await page.$eval('#rejected-table tbody tr', (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    };
    expect(actual).toEqual({
      lang: 'fr',
      // Local mode: no team and no activity without a server (issue 11).
      nav: ['Annuaire', 'Import', 'Réglages'],
      title: 'Charger des contacts (CSV ou vCard)',
      field: expect.stringContaining("n'est pas au format international"),
      firstRow: ['3', 'nom-contact', expect.stringContaining('Le nom du contact est vide')],
    });
    await page.close();
  });

  it('finds no accessibility violation with axe-core on its sections, light or dark, in French', async () => {
    const page = await openOptions(setup.browser);
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [section, ready] of [['directory', '#manage-search'], ['import', '#csv-file'], ['settings', '#connection-code']]) {
        await page.goto(setup.browser.url(`options.html#${section}`));
        await page.waitForSelector(ready!);
        found[`${section} ${scheme}`] = await axeViolations(page);
      }
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    await page.close();
  });
});
