/**
 * Debian's Firefox ESR with the built Firefox extension installed, driven over WebDriver BiDi (no npm package:
 * Node's WebSocket, which vitest's e2e project enables on Node 20 with `--experimental-websocket`).
 *
 * - `--remote-allow-system-access`: since Firefox 153, WebDriver may navigate to `moz-extension://` pages only with it.
 * - `extensions.webextensions.uuids` fixes the extension's internal UUID, hence its `moz-extension://` host.
 * - `webExtension.install` installs the build itself as a temporary add-on (no signature, no copy).
 * - The permission prompt: `extensions.webextOptionalPermissionPrompts = false` (a Firefox testing pref) makes
 *   `permissions.request` grant without showing its prompt, so the real build's real request runs, unlike Chromium
 *   (see extension-browser.ts), and its `http://127.0.0.1:PORT/*` is granted. Firefox still demands a user gesture:
 *   `click` therefore sends real pointer input, not a DOM `click()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3');
const ADDON_UUID = '5f0c7a1e-2b9d-4c3e-8a61-0d4f6b2e9c17';

/** What is missing to run the Firefox tests, as a message saying how to get it; `null` when nothing is. */
export function firefoxMissing(): string | null {
  if (!fs.existsSync(FIREFOX)) return `Firefox ESR not found at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`;
  if (!fs.existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) return `No Firefox build in ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first.`;
  if (typeof WebSocket === 'undefined') return 'No global WebSocket in this Node: run the tests through vitest\'s e2e project (it passes --experimental-websocket) or on Node ≥ 22.';
  return null;
}

/** A WebDriver BiDi connection: `send` answers a command's result, or rejects with Firefox's error message. */
class Bidi {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      const waiting = this.pending.get(message.id);
      if (!waiting) return; // an event: none is subscribed to
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`BiDi ${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    });
    socket.addEventListener('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('The BiDi connection to Firefox closed.'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error(`Could not open the BiDi WebSocket at ${url}.`)), { once: true });
    });
    return new Bidi(socket);
  }

  send(method: string, params: object = {}): Promise<any> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`Firefox did not answer ${method} within 30 s.`)), 30_000);
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(error);
      };
      this.pending.set(id, { resolve: (result) => (clearTimeout(timer), resolve(result)), reject: fail });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** A tab showing one of the extension's pages. Page functions run in the page: they must not use outer variables. */
export interface FirefoxTab {
  /** Runs `fn(...args)` in the page (awaited) and answers its result, which must be JSON. */
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Waits until `fn(...args)` is truthy in the page; fails after `timeout` ms, naming `what`. */
  waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, args: A, timeout?: number): Promise<void>;
  /** Gives the field `value` as typing would (an `input` event). */
  fill(selector: string, value: string): Promise<void>;
  /** Clicks the element's centre with real pointer input (a user gesture). */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxExtension {
  version: string;
  open(page: 'popup.html' | 'options.html'): Promise<FirefoxTab>;
  close(): Promise<void>;
}

function preparedProfile(): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-firefox-profile-'));
  const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const prefs = { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }), 'intl.locale.requested': 'en-US', 'extensions.webextOptionalPermissionPrompts': false };
  const lines = Object.entries(prefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  fs.writeFileSync(path.join(profile, 'user.js'), `${lines.join('\n')}\n`);
  return profile;
}

/** Starts Firefox and answers its BiDi WebSocket address, printed on stderr. */
function startFirefox(profile: string): Promise<{ process: ChildProcess; endpoint: string }> {
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', LANG: 'en_US.UTF-8', LANGUAGE: 'en' },
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`Firefox printed no BiDi address within 30 s. Its stderr:\n${stderr}`)), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      firefox.kill('SIGKILL');
      reject(error);
    };
    firefox.on('error', fail);
    firefox.on('exit', (code) => fail(new Error(`Firefox exited (code ${code}) before listening. Its stderr:\n${stderr}`)));
    firefox.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const endpoint = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr)?.[1];
      if (!endpoint) return;
      clearTimeout(timer);
      firefox.removeAllListeners('exit');
      firefox.stderr!.removeAllListeners('data').resume();
      resolve({ process: firefox, endpoint });
    });
  });
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const profile = preparedProfile();
  const firefox = await startFirefox(profile);
  const exited = new Promise((resolve) => firefox.process.once('exit', resolve));
  const bidi = await Bidi.connect(`${firefox.endpoint}/session`);
  const session = await bidi.send('session.new', { capabilities: {} });
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });

  async function open(page: string): Promise<FirefoxTab> {
    const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${ADDON_UUID}/${page}`, wait: 'complete' });
    const tab: FirefoxTab = {
      async run(fn, ...args) {
        const call = `async (json) => JSON.stringify(await (${String(fn)})(...JSON.parse(json)) ?? null)`;
        const arg = { type: 'string', value: JSON.stringify(args) };
        const answer = await bidi.send('script.callFunction', { target: { context }, functionDeclaration: call, arguments: [arg], awaitPromise: true });
        if (answer.type === 'exception') throw new Error(`In ${page}: ${answer.exceptionDetails.text}`);
        return JSON.parse(answer.result.value);
      },
      async waitFor(what, fn, args, timeout = 15_000) {
        const until = Date.now() + timeout;
        while (!(await tab.run(fn, ...args))) {
          if (Date.now() > until) throw new Error(`In ${page}, still waiting after ${timeout} ms for ${what}.`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      async fill(selector, value) {
        await tab.run(
          (selector: string, value: string) => {
            const field = document.querySelector<HTMLInputElement>(selector);
            if (!field) throw new Error(`No ${selector}`);
            field.focus();
            field.value = value;
            field.dispatchEvent(new Event('input', { bubbles: true }));
          },
          selector,
          value,
        );
      },
      async click(selector) {
        const { x, y } = await tab.run((selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`No ${selector}`);
          element.scrollIntoView({ block: 'center' });
          const box = element.getBoundingClientRect();
          return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
        }, selector);
        const actions = [{ type: 'pointerMove', x, y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
        await bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', actions }] });
      },
      async close() {
        await bidi.send('browsingContext.close', { context });
      },
    };
    return tab;
  }

  return {
    version: session.capabilities.browserVersion,
    open,
    async close() {
      await bidi.send('browser.close').catch(() => undefined);
      bidi.close();
      const killer = setTimeout(() => firefox.process.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
