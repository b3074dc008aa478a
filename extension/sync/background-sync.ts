/**
 * The background worker's sync: opens the database, reads the settings, builds the API client, and runs
 * sync-engine one run at a time. All state lives in IndexedDB, so a worker restarted by the browser simply runs again.
 */
import { openContactsDb, type ContactsDb } from '../storage/db';
import { enqueue, type Write } from '../storage/outbox';
import { loadSettings } from '../storage/settings-storage';
import type { SaveOutcome } from '../browser/messages';
import { serverApi } from '../browser/server-api';
import { syncNow, type SyncReport } from './sync-engine';
import { createSyncRunner } from './sync-runner';

export const SYNC_ALARM = 'sync';

let database: Promise<ContactsDb> | null = null;
const db = () => (database ??= openContactsDb());

async function runSync(): Promise<SyncReport> {
  const settings = await loadSettings();
  return syncNow({
    db: await db(),
    api: serverApi(settings),
    serverUrl: settings.serverUrl,
    now: Date.now,
    random: Math.random,
  });
}

/** Requests a sync; concurrent requests share the next run. */
export const requestSync = createSyncRunner(runSync);

/** Records an admin write: in the outbox, or in the local directory only in local mode. */
async function record(write: Write) {
  const localOnly = (await loadSettings()).serverUrl === '';
  const database = await db();
  const entry = await enqueue({ db: database, now: Date.now, newId: () => crypto.randomUUID(), localOnly }, write);
  return { entry, localOnly, database };
}

/** Records an admin write in the outbox, then syncs at once (issue 4: "right after a local admin change"). */
export async function enqueueWrite(write: Write) {
  const { entry } = await record(write);
  void requestSync().catch(() => undefined);
  return entry;
}

/**
 * Records an admin write and waits for the sync that pushes it (the runner gives a request made during a run the
 * next run, so this write is in it), then answers what became of it.
 */
export async function saveWrite(write: Write): Promise<SaveOutcome> {
  const { entry, localOnly, database } = await record(write);
  if (localOnly) return { status: 'saved' };
  await requestSync().catch(() => undefined);
  const waiting = await database.get('outbox', entry.seq!);
  if (waiting) return { status: 'pending', reason: waiting.lastError ?? '' };
  const conflict = (await database.getAll('conflicts')).find((record) => record.entry.idempotencyKey === entry.idempotencyKey);
  return conflict ? { status: 'refused', conflict } : { status: 'saved' };
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
