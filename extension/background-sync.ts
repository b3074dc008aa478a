/**
 * The background worker's sync: opens the database, reads the settings, builds the API client, and runs
 * sync-engine one run at a time. All state lives in IndexedDB, so a worker restarted by the browser simply runs again.
 */
import { createApiClient } from '../lib/api-client';
import { openContactsDb, type ContactsDb } from './db';
import { fastFormatPhone } from './fast-format-phone';
import { enqueue, type Write } from './outbox';
import { loadSettings } from './settings-storage';
import { syncNow, type SyncReport } from './sync-engine';
import { createSyncRunner } from './sync-runner';

export const SYNC_ALARM = 'sync';

let database: Promise<ContactsDb> | null = null;
const db = () => (database ??= openContactsDb());

async function runSync(): Promise<SyncReport> {
  const settings = await loadSettings();
  const local = settings.serverUrl === '';
  const api = local ? null : createApiClient({ baseUrl: settings.serverUrl, token: settings.token, fetch: (...args) => fetch(...args) });
  return syncNow({
    db: await db(),
    api,
    serverUrl: settings.serverUrl,
    now: Date.now,
    random: Math.random,
    formatPhone: fastFormatPhone,
  });
}

/** Requests a sync; concurrent requests share the next run. */
export const requestSync = createSyncRunner(runSync);

/** Records an admin write in the outbox, then syncs at once (issue 4: "right after a local admin change"). */
export async function enqueueWrite(write: Write) {
  const localOnly = (await loadSettings()).serverUrl === '';
  const entry = await enqueue(
    { db: await db(), now: Date.now, newId: () => crypto.randomUUID(), formatPhone: fastFormatPhone, localOnly },
    write,
  );
  void requestSync().catch(() => undefined);
  return entry;
}

/** Syncs about every minute, also while no page is open. */
export function scheduleSync() {
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void requestSync().catch(() => undefined);
  });
}

/** Syncs when the extension is installed or updated, and when the browser starts. */
export function syncOnInstallAndStartup() {
  browser.runtime.onInstalled.addListener(() => void requestSync().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void requestSync().catch(() => undefined));
}
