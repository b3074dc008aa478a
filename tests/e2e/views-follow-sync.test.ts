/**
 * Issue 9, defect 1, end to end: every view of the directory follows every sync, wherever it was started. A second
 * admin connects a fresh browser to a server that already holds contacts and stays on the options page; a popup
 * page is opened while that first sync runs. Both must show the contacts when they arrive, without a reload.
 *
 * "While the first sync runs" is made certain, not hoped for: the extension talks to the real server through a
 * small proxy that holds the change feed until the test lets it go. In Chromium and in Firefox ESR: the worker's
 * BroadcastChannel must reach the pages in both (a service worker in one, an event page in the other).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../lib/api/api-client';
import { startRealServer, type RealServer } from '../fixtures/real-server';
import { chromiumAvailable, launchExtension, MISSING_CHROMIUM, openPopup, type ExtensionBrowser } from './extension-browser';
import { firefoxMissing, launchFirefoxExtension, type FirefoxExtension } from './firefox-browser';

if (!chromiumAvailable()) {
  if (process.env.CI === 'true') throw new Error(MISSING_CHROMIUM);
  console.warn(`Skipping the end-to-end tests. ${MISSING_CHROMIUM}`);
}
const missingFirefox = firefoxMissing();
if (missingFirefox) {
  if (process.env.CI === 'true') throw new Error(missingFirefox);
  console.warn(`Skipping the Firefox end-to-end test. ${missingFirefox}`);
}

const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'];

/** A proxy to `target` that holds every change-feed request while `held`, and forwards the rest at once. */
interface FeedGate {
  url: string;
  /** Resolves once a change-feed request is being held; rejects if none comes within `ms`. */
  holding(ms?: number): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

/** A real server holding NAMES, and the gate in front of it. */
async function startServerBehindGate(): Promise<{ server: RealServer; gate: FeedGate }> {
  const server = await startRealServer();
  const api = createApiClient({ baseUrl: server.url, token: server.admin, fetch });
  for (const [index, name] of NAMES.entries()) {
    await api.createContact({ name, email: `person${index}@acme.test`, phones: [{ type: 'work', number: `+1555123000${index}` }] });
  }
  return { server, gate: await startFeedGate(server.url) };
}

async function startFeedGate(target: string): Promise<FeedGate> {
  let held = true;
  const waiting: (() => void)[] = [];
  let markHolding: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => (markHolding = resolve));
  const proxy = http.createServer((request, response) => {
    const forward = () => {
      const upstream = http.request(new URL(request.url ?? '/', target), { method: request.method, headers: request.headers }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', (error) => response.destroy(error));
      request.pipe(upstream);
    };
    if (held && request.url?.startsWith('/api/v1/contacts/changes')) {
      waiting.push(forward);
      markHolding();
    } else forward();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    holding: (ms = 20_000) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`No sync asked for the change feed within ${ms} ms: did the connection go through?`)), ms);
      });
      return Promise.race([holding, late]).finally(() => clearTimeout(timer));
    },
    release() {
      held = false;
      for (const forward of waiting.splice(0)) forward();
    },
    close: () => new Promise((resolve) => proxy.close(() => resolve())),
  };
}

describe.skipIf(!chromiumAvailable())('views follow every sync, in Chromium, against a real server', () => {
  let server: RealServer;
  let gate: FeedGate;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ server, gate } = await startServerBehindGate());
    browser = await launchExtension();
  });

  afterAll(async () => {
    gate?.release();
    await browser?.close();
    await gate?.close();
    await server?.close();
  });

  const manageNames = (page: Page) => page.$$eval('#directory-table tr[data-id] .col-name', (names) => names.map((name) => name.textContent ?? ''));
  const popupNames = (page: Page) => page.$$eval('.row .name', (names) => names.map((name) => name.textContent ?? ''));

  it("shows the server's contacts in Manage, Export and a popup opened during the first sync, without a reload", async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.url('options.html#settings'));
    await options.waitForSelector('#connection-title');
    await options.click('#connection-manual summary');
    await options.fill('#server-url', gate.url);
    await options.fill('#token', server.admin);
    await options.click('#connect-manual');
    await gate.holding();
    // To the directory through the navigation: a fragment change, not a reload.
    await options.click('#nav-directory');
    await options.waitForSelector('#directory-title');
    const optionsBefore = await manageNames(options);

    // Opened while the connection's first sync waits for the feed: it reads an empty copy, and its own sync waits.
    const popup = await openPopup(browser);
    const popupBefore = await popupNames(popup);

    gate.release();
    await options.waitForFunction((count) => document.querySelectorAll('#directory-table tr[data-id]').length === count, NAMES.length, { timeout: 20_000 });
    await popup.waitForFunction((count) => document.querySelectorAll('.row').length === count, NAMES.length, { timeout: 20_000 });
    const actual = {
      optionsBefore,
      popupBefore,
      manage: await manageNames(options),
      exportEnabled: await options.$$eval('#export-csv, #export-vcard', (buttons) => buttons.map((b) => !(b as HTMLButtonElement).disabled)),
      countMentioned: ((await options.textContent('#manage-count')) ?? '').includes(String(NAMES.length)),
      popup: await popupNames(popup),
    };
    expect(actual).toEqual({
      optionsBefore: [],
      popupBefore: [],
      manage: NAMES,
      exportEnabled: [true, true],
      countMentioned: true,
      popup: NAMES,
    });
  });
});

describe.skipIf(missingFirefox !== null)('views follow every sync, in Firefox ESR, against a real server', () => {
  let server: RealServer;
  let gate: FeedGate;
  let firefox: FirefoxExtension;

  beforeAll(async () => {
    ({ server, gate } = await startServerBehindGate());
    firefox = await launchFirefoxExtension();
  });

  afterAll(async () => {
    gate?.release();
    await firefox?.close();
    await gate?.close();
    await server?.close();
  });

  it("shows the server's contacts in Manage and in a popup page opened during the first sync, without a reload", async () => {
    const options = await firefox.open('options.html#settings');
    await options.waitForSelector('#connection-title');
    await options.click('#connection-manual summary');
    await options.locator('#server-url').fill(gate.url);
    await options.locator('#token').fill(server.admin);
    await options.click('#connect-manual');
    await gate.holding();
    await options.click('#nav-directory');
    await options.waitForSelector('#directory-title');
    const names = (selector: string) => [...document.querySelectorAll(selector)].map((name) => name.textContent ?? '');
    const optionsBefore = await options.evaluate(names, '#directory-table tr[data-id] .col-name');
    const popup = await firefox.open('popup.html');
    await popup.waitForFunction(() => performance.getEntriesByName('popup-all-indexed').length > 0);
    const popupBefore = await popup.evaluate(names, '.row .name');

    gate.release();
    const count = (selector: string, expected: number) => document.querySelectorAll(selector).length === expected;
    await options.waitForFunction(count, { timeout: 20_000 }, '#directory-table tr[data-id]', NAMES.length);
    await popup.waitForFunction(count, { timeout: 20_000 }, '.row', NAMES.length);
    const actual = {
      optionsBefore,
      popupBefore,
      manage: await options.evaluate(names, '#directory-table tr[data-id] .col-name'),
      popup: await popup.evaluate(names, '.row .name'),
    };
    await popup.close();
    await options.close();
    expect(actual).toEqual({ optionsBefore: [], popupBefore: [], manage: NAMES, popup: NAMES });
  });
});
