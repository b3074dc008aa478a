/**
 * The background worker's sync triggers (issue 4: "on install/startup, on an alarm (about every minute), when the
 * popup opens, and right after a local admin change"), wired to WXT's fakeBrowser, fake-indexeddb and a real server.
 * The listeners fire `requestSync()` without awaiting it, so each test waits for the effect (the contact in
 * IndexedDB, or on the server) and would time out if the wiring were removed.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContactInput } from '../../../lib/api/api';
import { createApiClient } from '../../../lib/api/api-client';
import { readContactsSorted } from '../../../extension/storage/contact-table';
import { openContactsDb } from '../../../extension/storage/db';
import { watchDirectoryChanges, type DirectoryChange } from '../../../extension/browser/directory-changes';
import type { Message } from '../../../extension/browser/messages';
import { saveSettings } from '../../../extension/storage/settings-storage';
import type { SyncReport } from '../../../extension/sync/sync-engine';
import { installFakeContextMenus } from '../browser/fake-context-menus';
import { installFakeOmnibox } from '../browser/fake-omnibox';
import { startRealServer, type RealServer } from '../../fixtures/real-server';

type BackgroundSync = typeof import('../../../extension/sync/background-sync');

let server: RealServer;
let background: BackgroundSync;

beforeEach(async () => {
  fakeBrowser.reset();
  // background-sync caches its database connection at module level: a fresh IndexedDB and a fresh module per test.
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  background = await import('../../../extension/sync/background-sync');
  server = await startRealServer();
});
afterEach(async () => {
  await server.close();
});

const adminApi = () => createApiClient({ baseUrl: server.url, token: server.admin, fetch });
const person = (name: string): ContactInput => ({ name, email: 'someone@example.org', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] });

/** Names in the extension's IndexedDB (a separate connection to the database the worker uses). */
async function localNames(): Promise<string[]> {
  const db = await openContactsDb();
  try {
    return (await readContactsSorted(db)).map((c) => c.name);
  } finally {
    db.close();
  }
}
/** Waits until the worker's unawaited sync has stored `name` locally; returns the local names then. */
async function waitForLocal(name: string): Promise<string[]> {
  return vi.waitFor(
    async () => {
      const names = await localNames();
      if (!names.includes(name)) throw new Error(`${name} not synced yet; local names: ${JSON.stringify(names)}`);
      return names;
    },
    { timeout: 5_000, interval: 25 },
  );
}
/** Names of the live contacts on the server, read through the admin API. */
async function serverNames(): Promise<string[]> {
  const page = await adminApi().changes('', 1000);
  return page.contacts.filter((c) => !c.deleted).map((c) => c.name);
}

describe('the sync alarm', () => {
  it('is created as SYNC_ALARM every minute, and firing it pulls a contact created on the server', async () => {
    await saveSettings({ serverUrl: server.url, token: server.member });
    background.scheduleSync();
    const alarm = await fakeBrowser.alarms.get(background.SYNC_ALARM);
    await adminApi().createContact(person('Alarm Pulled'));
    const before = await localNames();
    await fakeBrowser.alarms.onAlarm.trigger({ name: background.SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 1 });
    const after = await waitForLocal('Alarm Pulled');
    const expected = { alarm: { name: 'sync', periodInMinutes: 1 }, before: [], after: ['Alarm Pulled'] };
    expect({ alarm: { name: alarm?.name, periodInMinutes: alarm?.periodInMinutes }, before, after }).toEqual(expected);
  });
});

describe('install and startup', () => {
  it('runtime.onInstalled runs a sync that pulls a contact created on the server', async () => {
    await saveSettings({ serverUrl: server.url, token: server.member });
    background.syncOnInstallAndStartup();
    await adminApi().createContact(person('Installed Pulled'));
    const before = await localNames();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const after = await waitForLocal('Installed Pulled');
    expect({ before, after }).toEqual({ before: [], after: ['Installed Pulled'] });
  });

  it('runtime.onStartup runs a sync that pulls a contact created on the server', async () => {
    await saveSettings({ serverUrl: server.url, token: server.member });
    background.syncOnInstallAndStartup();
    await adminApi().createContact(person('Startup Pulled'));
    const before = await localNames();
    await fakeBrowser.runtime.onStartup.trigger();
    const after = await waitForLocal('Startup Pulled');
    expect({ before, after }).toEqual({ before: [], after: ['Startup Pulled'] });
  });
});

describe('a local admin change', () => {
  it("saveWrite (the options page's 'save') in server mode delivers the write to the server at once, exactly once", async () => {
    await saveSettings({ serverUrl: server.url, token: server.admin });
    const outcome = await background.saveWrite({ op: 'create', input: person('Pushed At Once') });
    const expected = { outcome: { status: 'saved' }, onServer: ['Pushed At Once'], local: ['Pushed At Once'] };
    expect({ outcome, onServer: await serverNames(), local: await localNames() }).toEqual(expected);
  });
});

describe('open pages follow every sync (issue 9, defect 1)', () => {
  it("tells a page when a sync it did not start stored contacts, though the page's own sync pulled nothing", async () => {
    await adminApi().createContact(person('Already There'));
    await saveSettings({ serverUrl: server.url, token: server.member });
    const told: DirectoryChange[] = [];
    const namesWhenTold: string[][] = [];
    const stop = watchDirectoryChanges((change) => {
      told.push(change);
      void localNames().then((names) => namesWhenTold.push(names));
    });
    try {
      background.syncOnInstallAndStartup();
      // The connection's first sync runs (here: the install's); the popup opened meanwhile asks for its own.
      await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
      const popupReport = await background.requestSync();
      await vi.waitFor(
        () => {
          if (namesWhenTold.length === 0) throw new Error('no page was told the directory changed');
        },
        { timeout: 5_000, interval: 25 },
      );
      const expected = { popupPulled: 0, told: [{ contacts: true, conflicts: false }], namesWhenTold: [['Already There']] };
      expect({ popupPulled: popupReport.pulled, told, namesWhenTold }).toEqual(expected);
    } finally {
      stop();
    }
  });
});

describe('open pages follow every write', () => {
  it('tells a page about a save kept in the outbox while the server is down, since no sync pushed it', async () => {
    await saveSettings({ serverUrl: server.url, token: server.admin });
    await server.stop();
    const told: DirectoryChange[] = [];
    const stop = watchDirectoryChanges((change) => told.push(change));
    try {
      const outcome = await background.saveWrite({ op: 'create', input: person('Kept Locally') });
      await vi.waitFor(
        () => {
          if (told.length === 0) throw new Error('no page was told the directory changed');
        },
        { timeout: 5_000, interval: 25 },
      );
      expect({ status: outcome.status, told, local: await localNames() }).toEqual({
        status: 'pending',
        told: [{ contacts: true, conflicts: false }],
        local: ['Kept Locally'],
      });
    } finally {
      stop();
      await server.start();
    }
  });
});

describe('the background entrypoint', () => {
  it("answers the popup's 'sync-now' message with the report of a sync that pulled the server's contact", async () => {
    await saveSettings({ serverUrl: server.url, token: server.member });
    await adminApi().createContact(person('Message Pulled'));
    installFakeContextMenus();
    installFakeOmnibox();
    // The worker sets the address bar's hint at start: the fake has no i18n.getMessage.
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => key });
    const entrypoint = (await import('../../../entrypoints/background/index')).default;
    entrypoint.main();
    let answer: (value: unknown) => void = () => undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answered = new Promise<unknown>((resolve) => {
      answer = resolve;
      timer = setTimeout(() => resolve({ error: 'no answer within 5 s' }), 5_000);
    }).finally(() => clearTimeout(timer));
    const message: Message = { type: 'sync-now', data: undefined };
    // The fake's trigger passes every argument to the listeners, but its type omits sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [keepsChannelOpen] = await trigger(message, { url: fakeBrowser.runtime.getURL('/popup.html') }, answer);
    const { pushed, conflicts, pending, pulled, ok } = (await answered) as SyncReport;
    const expected = {
      keepsChannelOpen: true,
      report: { pushed: 0, conflicts: 0, pending: 0, pulled: 1, ok: true },
      local: ['Message Pulled'],
    };
    expect({ keepsChannelOpen, report: { pushed, conflicts, pending, pulled, ok }, local: await localNames() }).toEqual(expected);
  });
});
