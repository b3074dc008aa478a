/**
 * `npm run bench:click-to-call` (issue 13): click-to-call on a page with 1 MB of text and 2,000 phone numbers
 * (tests/fixtures/generate-phone-page.ts), served on 127.0.0.1, in Debian's Chromium with the built extension. Each
 * run opens the page, lets it settle, then turns click-to-call on from the popup as a user does. Prints each figure,
 * its goal, and "met" or "not met"; exits 0 either way (a figure is information, not a test).
 *
 * - Longest main-thread task of the page from the click until all numbers are found (and 500 ms more, for the last
 *   paint): goal ≤ 50 ms, in every run. A `PerformanceObserver('longtask')` is installed by an init script, before
 *   any script of the page or ours; Chrome reports every task over 50 ms, the script's own and the highlight's
 *   painting alike.
 * - Click → all 2,000 numbers found: goal ≤ 2,000 ms, in every run. "Found" is what the user sees: the numbers
 *   underlined, read from the page's CSS highlight (the same read as the end-to-end tests); the page's copy of each
 *   number is checked against the generated list. Also printed: scan start (the card's host element is added right
 *   after the scan starts) → all found.
 *
 * The machine's load is printed first: on a shared machine a slice of 8 ms of work can take far longer on the wall.
 * BENCH_RUNS (default 3) runs. Needs `wxt build` first (the npm script runs it).
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { generatePhonePage, PHONE_PAGE_COUNTRY } from '../tests/fixtures/generate-phone-page';
import { chromiumAvailable, launchExtension, MISSING_CHROMIUM, type ExtensionBrowser } from '../tests/e2e/extension-browser';
import { serveFixturePages } from '../tests/e2e/fixture-pages';
import { PHONE_SCAN_MEASURE } from '../extension/page-phones/scan-page-phones';
import { foundNumbers, openPopupOver, setDefaultCountry } from '../tests/e2e/page-phones';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * BENCH_CPU_SLOWDOWN=4 slows the page's CPU fourfold (DevTools' throttling), as a machine loaded by other work would:
 * a slice that checks the clock stays short, while any piece of work that cannot be cut (one call, a paint) grows.
 */
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);
const LONG_TASK_MS = 50;
const FOUND_WITHIN_MS = 2_000;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');

function report(figure: string, value: string, goal: string, met: boolean, detail = '') {
  console.log(`${figure}: ${value} (goal ${goal}: ${met ? 'met' : 'not met'})${detail ? `\n    ${detail}` : ''}`);
}

/**
 * Runs in the page before its own scripts: records long tasks, and the content script's measure of each finished
 * reading of the page (extension/page-phones/start-page-phones.ts), which says how many numbers the page holds.
 */
const PAGE_PROBE = `(() => {
  const probe = { longTasks: [], scans: [] };
  window.benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName(${JSON.stringify(PHONE_SCAN_MEASURE)})) {
      probe.scans.push({ start: entry.startTime, end: entry.startTime + entry.duration, ...entry.detail });
    }
  }).observe({ type: 'measure' });
})();`;

interface Probe {
  longTasks: { start: number; duration: number }[];
  scans: { start: number; end: number; found: number; slices: number; busyMs: number; longestMs: number; onChangeMs: number }[];
}

interface Run {
  longest: number;
  longTasks: number;
  clickToFound: number;
  scanToFound: number;
  slices: number;
  busyMs: number;
  longestSliceMs: number;
  onChangeMs: number;
}

async function turnOn(browser: ExtensionBrowser, tab: Page): Promise<number> {
  const popup = await openPopupOver(browser, tab);
  await popup.waitForSelector('.site-calling-on');
  const clicked = await tab.evaluate(() => performance.now());
  await popup.click('.site-calling-on');
  await popup.waitForSelector('#site-calling-state');
  await popup.close();
  return clicked;
}

async function turnOff(browser: ExtensionBrowser, tab: Page): Promise<void> {
  const popup = await openPopupOver(browser, tab);
  await popup.click('.site-calling-off');
  await popup.waitForSelector('.site-calling-on');
  await popup.close();
}

/**
 * What the user sees: the numbers underlined on the first screen are the page's first numbers, and at the page's
 * end its last ones (only numbers near the viewport are underlined: phone-highlights.ts).
 */
async function checkUnderlined(tab: Page, numbers: string[]): Promise<void> {
  const top = await foundNumbers(tab);
  await tab.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await tab.waitForFunction((last) => CSS.highlights.get('company-contacts-phone')?.size && [...CSS.highlights.get('company-contacts-phone')!].some((range) => range.toString() === last), numbers.at(-1), { timeout: 10_000 });
  const bottom = await foundNumbers(tab);
  const first = numbers.slice(0, top.length);
  const last = numbers.slice(-bottom.length);
  if (top.length === 0 || top.some((number, k) => number !== first[k]) || bottom.some((number, k) => number !== last[k])) {
    throw new Error(`Underlined at the top: ${top.slice(0, 5).join(', ')}…; at the end: …${bottom.slice(-5).join(', ')}; expected ${first.slice(0, 5).join(', ')}… and …${last.slice(-5).join(', ')}.`);
  }
}

/** The long-task observer must see a task of 80 ms, or a run without long tasks would say nothing. */
async function checkProbe(tab: Page): Promise<void> {
  const seen = await tab.evaluate(async () => {
    const probe = (window as unknown as { benchProbe: Probe }).benchProbe;
    const before = probe.longTasks.length;
    // A task of the page's own (an evaluated script is not one the scheduler reports).
    setTimeout(() => {
      const until = performance.now() + 80;
      while (performance.now() < until);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tasks = probe.longTasks.splice(before);
    return tasks.some((task) => task.duration >= 80);
  });
  if (!seen) throw new Error('The page\'s long-task observer did not see a task of 80 ms: the figure would mean nothing.');
}

/**
 * A tab on the bench page with the long-task probe checked, once the page's own parsing and first paint are over
 * (no part of the figure), its CPU slowed when BENCH_CPU_SLOWDOWN asks.
 */
async function openProbedPage(browser: ExtensionBrowser, url: string) {
  const tab = await browser.context.newPage();
  await tab.addInitScript(PAGE_PROBE);
  await tab.goto(url);
  await tab.waitForTimeout(1_500);
  await checkProbe(tab);
  if (CPU_SLOWDOWN > 1) await (await browser.context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return tab;
}

/**
 * The machine's share of the figure: the longest task of a page script (no extension at work) that works in slices of
 * 8 ms, as the scan does, for 2 s. On a loaded machine the system alone can stretch such a slice past 50 ms.
 */
async function control(browser: ExtensionBrowser, url: string): Promise<number> {
  const tab = await openProbedPage(browser, url);
  // A string: tsx names the functions of a page function, and the page has no `__name`.
  const longest = await tab.evaluate<number>(`new Promise((resolve) => {
    const began = performance.now();
    function step() {
      const until = performance.now() + 8;
      while (performance.now() < until);
      if (performance.now() < began + 2000) setTimeout(step, 0);
      else setTimeout(() => resolve(Math.max(0, ...window.benchProbe.longTasks.filter((task) => task.start >= began).map((task) => task.duration))), 100);
    }
    setTimeout(step, 0);
  })`);
  await tab.close();
  return longest;
}

async function oneRun(browser: ExtensionBrowser, url: string, numbers: string[]): Promise<Run> {
  const tab = await openProbedPage(browser, url);
  const clicked = await turnOn(browser, tab);
  const probe = (() => tab.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe)) as () => Promise<Probe>;
  await tab.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.scans.length > 0, undefined, { timeout: 60_000 }).catch(async (error: unknown) => {
    throw new Error(`The page was not read within a minute: ${(await foundNumbers(tab)).length} numbers underlined.`, { cause: error });
  });
  // The last paint of the underline, after the last slice.
  await tab.waitForTimeout(500);
  const { longTasks, scans } = await probe();
  const scan = scans[0]!;
  if (scan.found !== numbers.length) throw new Error(`The page's first reading found ${scan.found} numbers of ${numbers.length}.`);
  await checkUnderlined(tab, numbers);
  await turnOff(browser, tab);
  await tab.close();
  const tasks = longTasks.filter((task) => task.start + task.duration >= clicked && task.start <= scan.end + 500);
  console.log(`  run: scan start +${ms(scan.start - clicked)} after the click, all found +${ms(scan.end - clicked)}; tasks over 50 ms: ${tasks.map((task) => `+${ms(task.start - clicked)} ${ms(task.duration)}`).join(', ') || 'none'}`);
  return {
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    longTasks: tasks.length,
    clickToFound: scan.end - clicked,
    scanToFound: scan.end - scan.start,
    slices: scan.slices,
    busyMs: scan.busyMs,
    longestSliceMs: scan.longestMs,
    onChangeMs: scan.onChangeMs,
  };
}

async function bench() {
  const page = generatePhonePage();
  console.log(`Page: ${page.textLength.toLocaleString('en')} characters of text, ${page.numbers.length.toLocaleString('en')} numbers (default country ${PHONE_PAGE_COUNTRY}).`);
  const pages = await serveFixturePages({ 'big.html': page.html });
  const browser = await launchExtension();
  try {
    await setDefaultCountry(browser, PHONE_PAGE_COUNTRY);
    const runs: Run[] = [];
    const controls: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      runs.push(await oneRun(browser, pages.url('big.html'), page.numbers));
      controls.push(await control(browser, pages.url('big.html')));
    }
    const longest = Math.max(...runs.map((run) => run.longest));
    const slowest = Math.max(...runs.map((run) => run.clickToFound));
    report(
      'Longest main-thread task, click → all found',
      ms(longest),
      `≤ ${LONG_TASK_MS} ms`,
      longest <= LONG_TASK_MS,
      `runs: ${list(runs.map((run) => run.longest))} ms; tasks over 50 ms per run: ${runs.map((run) => run.longTasks).join(', ')};` +
        ` the scan's longest slice per run: ${list(runs.map((run) => run.longestSliceMs))} ms (of its busy time, underlining took ${list(runs.map((run) => run.onChangeMs))} ms)` +
        `\n    control after each run, a page script working in 8 ms slices for 2 s without the extension: longest task ${list(controls)} ms`,
    );
    report(
      `Click → all ${page.numbers.length.toLocaleString('en')} numbers found`,
      `slowest ${ms(slowest)}`,
      `≤ ${FOUND_WITHIN_MS.toLocaleString('en')} ms`,
      slowest <= FOUND_WITHIN_MS,
      `runs: ${list(runs.map((run) => run.clickToFound))} ms; of which scan start → all found: ${list(runs.map((run) => run.scanToFound))} ms,` +
        ` in ${runs.map((run) => `${run.slices} slices of ${ms(run.busyMs)}`).join(', ')}`,
    );
  } finally {
    await browser.close();
    await pages.close();
  }
}

if (!chromiumAvailable()) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}
console.log(`bench:click-to-call on ${os.cpus().length} cores, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}${CPU_SLOWDOWN > 1 ? `, page CPU slowed ${CPU_SLOWDOWN}× (BENCH_CPU_SLOWDOWN)` : ''}`);
await bench();
