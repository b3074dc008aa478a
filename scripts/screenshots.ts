/**
 * `npm run screenshots` (issue 11): pictures of each console section for the README, from the real built extension
 * (`.output/chrome-mv3`: run `npx wxt build` first; this script builds nothing) in Chromium, against a real server
 * on 127.0.0.1 seeded with a small team's directory, an import, an undo and a few edits. Writes
 * docs/screenshots/<section>.png (light) and a dark directory; commit them with the change that altered the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createApiClient } from '../lib/api/api-client';
import { startRealServer } from '../tests/fixtures/real-server';
import { launchExtension, syncNow } from '../tests/e2e/extension-browser';
import { connectOptions, type ConsoleSection } from '../tests/e2e/options-page';

const OUT = path.resolve('docs/screenshots');

const PEOPLE: [string, string, string, string][] = [
  ['Ada Lovelace', 'Head of Engineering', 'ada.lovelace@acme.example', '+442079460000'],
  ['Alan Turing', 'Research Lead', 'alan.turing@acme.example', '+441632960123'],
  ['Amélie Durand', 'Directrice commerciale', 'amelie.durand@acme.example', '+33612345678'],
  ['Bernard Lefèvre', 'Comptable', 'bernard.lefevre@acme.example', '+33142685300'],
  ['Chiara Rossi', 'Office Manager', 'chiara.rossi@acme.example', '+390612345678'],
  ['Dmitri Ivanov', 'Site Reliability Engineer', 'dmitri.ivanov@acme.example', '+4930901820'],
  ['Emma Schmidt', 'Customer Success', 'emma.schmidt@acme.example', '+498912345678'],
  ['Grace Hopper', 'Rear Admiral', 'grace.hopper@acme.example', '+12025550143'],
  ['Hiroshi Tanaka', 'Product Designer', 'hiroshi.tanaka@acme.example', '+81312345678'],
  ['Inès Moreau', 'Responsable RH', 'ines.moreau@acme.example', '+33478123456'],
  ['Jonas Berg', 'Sales', 'jonas.berg@acme.example', '+46812345678'],
  ['Katherine Johnson', 'Data Scientist', 'katherine.johnson@acme.example', '+17575550199'],
  ['Lucía García', 'Legal Counsel', 'lucia.garcia@acme.example', '+34912345678'],
  ['Margaret Hamilton', 'Flight Software', 'margaret.hamilton@acme.example', '+16175550100'],
  ['Noah Williams', 'Support', 'noah.williams@acme.example', '+61291234567'],
  ['Olivia Martin', 'Marketing', 'olivia.martin@acme.example', '+14155550123'],
];

const IMPORT = [
  'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2',
  'Paul Girard,Technicien,paul.girard@acme.example,+33611223344,,',
  'Quentin Roux,Stagiaire,quentin.roux@acme.example,+33655667788,,',
  'Rosa Parks,Facilities,rosa.parks@acme.example,+13345550111,,',
].join('\r\n');

async function shoot(page: Page, section: ConsoleSection, file: string, ready: string) {
  await page.goto(page.url().replace(/#.*$/u, '') + `#${section}`);
  await page.waitForSelector(ready);
  // The focus ring the navigation leaves on the heading is for keyboards, not for a picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: path.join(OUT, file) });
  console.log(`wrote docs/screenshots/${file}`);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startRealServer();
  const admin = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
  const browser = await launchExtension({ language: process.env.SCREENSHOTS_LANGUAGE === 'fr' ? 'fr' : 'en' });
  try {
    for (const [name, position, email, phone] of PEOPLE) await admin.createContact({ name, position, email, phones: [{ type: 'work', number: phone }] });
    const first = await admin.importCsv('new-hires.csv', IMPORT);
    const second = await admin.importCsv('interns.csv', `${IMPORT.split('\r\n')[0]}\r\nSam Intern,Intern,sam.intern@acme.example,+33600000001,,\r\n`);
    if (second.importId) await admin.undoImport(second.importId);
    const { contacts } = await admin.changes('');
    const ada = contacts.find((contact) => contact.name === 'Ada Lovelace')!;
    await admin.updateContact(ada.id, ada.version, { name: ada.name, position: 'CTO', email: ada.email, phones: ada.phones });
    void first;

    const page = await connectOptions(browser, server.url, server.admin);
    await syncNow(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await shoot(page, 'directory', 'directory.png', '#directory-table tbody tr[data-id]');
    await page.click('#add-contact');
    await page.fill('#f-contact-name', 'Sofia Kovalevskaya');
    await page.fill('#f-work-phone', '06 12 34 56 78');
    await page.locator('#f-work-phone').blur();
    await page.waitForSelector('#f-work-phone-message');
    await page.screenshot({ path: path.join(OUT, 'directory-add.png') });
    console.log('wrote docs/screenshots/directory-add.png');
    await shoot(page, 'import', 'import.png', '#history-table');
    await shoot(page, 'team', 'team.png', '#tokens-table, #tokens-title ~ .error');
    await shoot(page, 'activity', 'activity.png', '#activity-table');
    await shoot(page, 'settings', 'settings.png', '#connection-code');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, 'directory', 'directory-dark.png', '#directory-table tbody tr[data-id]');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error('screenshots failed:', error);
  process.exitCode = 1;
});
