/**
 * `npm run bench:e2e` (issue 9 §3: figures belong in benches, not in `npm test`): the end-to-end figures of issues
 * 4 and 5, in Debian's Chromium with the built extension against a real server on 127.0.0.1. Prints each figure,
 * its goal, and "met" or "not met"; exits 0 either way (a figure is information, not a test).
 *
 * - First sync of BENCH_SYNC_CONTACTS (default 100,000) contacts: goal ≤ 5,000 ms.
 * - Popup open → first rows with BENCH_CONTACTS (default 10,000) stored, from navigation start to the first frame
 *   that shows a row naming the expected first contact, beside the floor: the same popup page, as it looks then,
 *   with its scripts removed, opened in the same browser (`popup-floor.html`, written into the loaded build). Goal
 *   ≤ 100 ms and ≤ 1.5 × the floor. Medians of BENCH_OPENS opens: warm (the browser already showed the popup) and
 *   cold (the first page opened after the browser started, on the same profile).
 * - A 1,000-line file from pick to confirmation, in the page (pick → preview shown + confirm → confirmation shown;
 *   the time spent reading the preview is the user's), with BENCH_CONTACTS stored: goal ≤ 1,000 ms; and the same in
 *   local mode into 5,000 contacts, then its undo: goal ≤ 1,000 ms each.
 *
 * Needs `wxt build` first (the npm script runs it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportContactsCsv } from '../lib/export/export-contacts-csv';
import { generateContacts } from '../tests/fixtures/generate-contacts';
import { generateCsv } from '../tests/fixtures/generate-csv';
import { chromiumAvailable, launchExtension, MISSING_CHROMIUM, prepareBuild, type ExtensionBrowser } from '../tests/e2e/extension-browser';
import { acceptedContacts, firstSync, openOptionsWithCopy, openUntilFirstRow, startLargeDirectory, uploadFile, type UploadMarks } from '../tests/e2e/large-directory';

const POPUP_CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10_000);
const SYNC_CONTACTS = Number(process.env.BENCH_SYNC_CONTACTS ?? 100_000);
const OPENS = Number(process.env.BENCH_OPENS ?? 7);
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 3);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const count = (value: number) => value.toLocaleString('en');
const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');

function report(figure: string, value: string, goal: string, met: boolean, detail = '') {
  console.log(`${figure}: ${value} (goal ${goal}: ${met ? 'met' : 'not met'})${detail ? `\n    ${detail}` : ''}`);
}

async function benchFirstSync() {
  const { server, stored } = await startLargeDirectory(SYNC_CONTACTS);
  const browser = await launchExtension();
  try {
    const sync = await firstSync(browser, server, server.member, 'member');
    if (sync.stored !== stored.length) throw new Error(`The first sync stored ${sync.stored} contacts of ${stored.length}.`);
    if (stored.length === 100_000) report('First sync of 100,000 contacts', ms(sync.ms), '≤ 5,000 ms', sync.ms <= 5_000);
    else console.log(`First sync of ${count(stored.length)} contacts: ${ms(sync.ms)} (the goal, ≤ 5,000 ms, is for 100,000: BENCH_SYNC_CONTACTS=100000)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The popup as it shows its first rows, with its scripts (and their preloads) removed: what the browser alone costs
 * to put this page on screen.
 */
async function writeFloorPage(browser: ExtensionBrowser, firstName: string): Promise<string> {
  const { page } = await openUntilFirstRow(browser, browser.url('popup.html'), firstName);
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const node of copy.querySelectorAll('script, link[rel=modulepreload]')) node.remove();
    return `<!DOCTYPE html>\n${copy.outerHTML}`;
  });
  await page.close();
  if (!html.includes(firstName)) throw new Error('The floor page does not show the first row.');
  fs.writeFileSync(path.join(browser.extension, 'popup-floor.html'), html);
  return 'popup-floor.html';
}

/** Opens `page` `times` times, each in a new tab, and answers navigation start → first row on screen of each. */
async function opens(browser: ExtensionBrowser, page: string, firstName: string, times: number): Promise<number[]> {
  const results: number[] = [];
  for (let run = 0; run < times; run += 1) {
    const opened = await openUntilFirstRow(browser, browser.url(page), firstName);
    results.push(opened.ms);
    await opened.page.close();
  }
  return results;
}

function reportPopup(kind: string, popup: number[], floor: number[]) {
  const [p, f] = [median(popup), median(floor)];
  report(
    `Popup open → first rows, ${kind} (${count(POPUP_CONTACTS)} stored)`,
    `median ${ms(p)}, floor ${ms(f)} (${(p / f).toFixed(2)}×)`,
    '≤ 100 ms and ≤ 1.5× the floor',
    p <= 100 && p <= 1.5 * f,
    `popup: ${list(popup)} ms; floor (same page, no scripts): ${list(floor)} ms`,
  );
}

function reportUpload(figure: string, runs: UploadMarks[]) {
  const waits = runs.map((marks) => marks.preview + marks.upload);
  const middle = runs[waits.indexOf(median(waits))]!;
  report(
    figure,
    `median ${ms(median(waits))}`,
    '≤ 1,000 ms',
    median(waits) <= 1_000,
    `runs: ${list(waits)} ms; median run: pick → preview shown ${ms(middle.preview)} (reading and checking the file ${ms(middle.check)}), confirm → confirmation shown ${ms(middle.upload)}`,
  );
}

async function benchPopupAndUpload() {
  const { server, stored } = await startLargeDirectory(POPUP_CONTACTS);
  const reuse = { profile: fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-bench-profile-')), extension: prepareBuild() };
  let browser = await launchExtension({ reuse });
  try {
    const sync = await firstSync(browser, server, server.admin, 'admin');
    if (sync.stored !== stored.length) throw new Error(`The first sync stored ${sync.stored} contacts of ${stored.length}.`);
    // The expected first row: the popup's own first row once the whole directory is indexed.
    const warmUp = await browser.context.newPage();
    await warmUp.goto(browser.url('popup.html'));
    await warmUp.waitForFunction(() => performance.getEntriesByName('popup-all-indexed').length > 0);
    const firstName = (await warmUp.textContent('.row .name')) ?? '';
    await warmUp.close();
    const floorPage = await writeFloorPage(browser, firstName);

    // Warm: both pages opened in turn, so that both see the same load on the machine.
    const warm = { popup: [] as number[], floor: [] as number[] };
    for (let run = 0; run < OPENS; run += 1) {
      warm.popup.push(...(await opens(browser, 'popup.html', firstName, 1)));
      warm.floor.push(...(await opens(browser, floorPage, firstName, 1)));
    }
    reportPopup('warm', warm.popup, warm.floor);

    // Cold: the first page opened after the browser starts on the same profile, one page per start.
    const cold = { popup: [] as number[], floor: [] as number[] };
    for (let run = 0; run < OPENS; run += 1) {
      for (const [page, into] of [['popup.html', cold.popup], [floorPage, cold.floor]] as const) {
        await browser.close();
        browser = await launchExtension({ reuse });
        into.push(...(await opens(browser, page, firstName, 1)));
      }
    }
    reportPopup('cold', cold.popup, cold.floor);

    const runs: UploadMarks[] = [];
    let total = stored.length;
    for (let run = 0; run < UPLOADS; run += 1) {
      const page = await openOptionsWithCopy(browser, total);
      // New people, checked against the whole local copy for duplicates.
      const text = exportContactsCsv(generateContacts(1_000, 7 + run).map((c) => ({ ...c, email: `new${run}.${c.email}` })));
      const { confirmation, marks } = await uploadFile(page, `thousand-${run}.csv`, text);
      const added = /^Imported: ([\d,]+) added/.exec(confirmation)?.[1];
      if (!added) throw new Error(`The upload ended with "${confirmation}".`);
      total += Number(added.replace(/,/g, ''));
      runs.push(marks);
      await page.close();
    }
    reportUpload(`1,000-line file, pick → confirmation, against the server (${count(POPUP_CONTACTS)} stored)`, runs);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(reuse.profile, { recursive: true, force: true });
    fs.rmSync(reuse.extension, { recursive: true, force: true });
  }
}

async function benchLocalImport() {
  const browser = await launchExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html#import'));
    await page.waitForSelector('#csv-file');
    // At most 1,000 lines a file: the 5,000 as five files.
    const people = acceptedContacts(5_000);
    let stored = 0;
    for (let part = 0; part < 5; part += 1) {
      await page.reload();
      await page.waitForSelector('#csv-file');
      const { confirmation } = await uploadFile(page, `part-${part}.csv`, exportContactsCsv(people.slice(part * 1_000, (part + 1) * 1_000)));
      stored += Number(/^Imported: ([\d,]+) added/.exec(confirmation)?.[1]?.replace(/,/g, '') ?? NaN);
    }
    const runs: UploadMarks[] = [];
    const undos: number[] = [];
    for (let run = 0; run < UPLOADS; run += 1) {
      await page.reload();
      await page.waitForSelector('#csv-file');
      const { confirmation, marks } = await uploadFile(page, `thousand-${run}.csv`, generateCsv(1_000));
      if (!/^Imported: 1,?000 added/.test(confirmation)) throw new Error(`The local upload ended with "${confirmation}".`);
      runs.push(marks);
      // Click → "Undone…", timed in the page.
      undos.push(
        // No named inner function: tsx would wrap it in a `__name` helper the page lacks.
        await page.evaluate(async () => {
          const start = performance.now();
          (document.querySelector('#undo-upload') as HTMLButtonElement).click();
          for (;;) {
            const status = document.querySelector('#undo-status')?.textContent ?? '';
            if (status.startsWith('Undone')) return performance.now() - start;
            if (status.startsWith('Could not')) throw new Error(status);
            await new Promise(requestAnimationFrame);
          }
        }),
      );
    }
    reportUpload(`1,000-line file, pick → confirmation, local mode (${count(stored)} stored)`, runs);
    report('Its undo, click → done, local mode', `median ${ms(median(undos))}`, '≤ 1,000 ms', median(undos) <= 1_000, `runs: ${list(undos)} ms`);
  } finally {
    await browser.close();
  }
}

if (!chromiumAvailable()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
console.log(`bench:e2e on ${os.cpus().length} cores, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
await benchPopupAndUpload();
await benchLocalImport();
await benchFirstSync();
