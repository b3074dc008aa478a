/**
 * The background worker's sync: opens the database, reads the settings, builds the API client, and runs
 * sync-engine one run at a time. All state lives in IndexedDB, so a worker restarted by the browser simply runs again.
 * After every run that changed IndexedDB, the open pages are told (issue 9, defect 1), whoever asked for the run.
 */
import { announceDirectoryChange } from '../browser/directory-changes';
import type { SaveOutcome } from '../browser/messages';
import { reportError } from '../browser/report-error';
import { serverApi } from '../browser/server-api';
import { findConflict } from '../storage/conflicts';
import { openContactsDb, type ContactsDb } from '../storage/db';
import { enqueue, readOutboxEntry, type Write } from '../storage/outbox';
import { loadSettings } from '../storage/settings-storage';
import { syncNow, type SyncReport } from './sync-engine';
import { createSyncRunner } from './sync-runner';

export const SYNC_ALARM = 'sync';

let database: Promise<ContactsDb> | null = null;
/** The worker's one connection, shared with its look-ups for click-to-call and the omnibox (issue 13). */
export const workerDb = () => (database ??= openContactsDb());
const db = workerDb;

async function runSync(): Promise<SyncReport> {
  const settings = await loadSettings();
  const report = await syncNow({
    db: await db(),
    api: serverApi(settings),
    serverUrl: settings.serverUrl,
    now: Date.now,
    random: Math.random,
  });
  const contacts = report.pulled > 0 || report.pushed > 0 || report.conflicts > 0 || report.cleared;
  if (contacts) announceDirectoryChange({ contacts, conflicts: report.conflicts > 0 || report.cleared });
  return report;
}

/** Requests a sync; concurrent requests share the next run. */
export const requestSync = createSyncRunner(runSync);

/**
 * Records an admin write from the options page and waits for the sync that pushes it (the runner gives a request
 * made during a run the next run, so this write is in it), then answers what became of it. In local mode the write
 * goes to the local directory only.
 */
export async function saveWrite(write: Write): Promise<SaveOutcome> {
  const localOnly = (await loadSettings()).serverUrl === '';
  const database = await db();
  const entry = await enqueue({ db: database, now: Date.now, newId: () => crypto.randomUUID(), localOnly }, write);
  if (localOnly) {
    announceDirectoryChange({ contacts: true, conflicts: false });
    return { status: 'saved' };
  }
  // A sync that fails outright (not the server: that is recorded) leaves the entry waiting: answered as pending below.
  await requestSync().catch(reportError('the sync after a save'));
  const waiting = await readOutboxEntry(database, entry.seq!);
  if (waiting) {
    // No sync pushed it, so none told the pages; the local copy has the change all the same.
    announceDirectoryChange({ contacts: true, conflicts: false });
    return { status: 'pending', reason: waiting.lastError ?? '' };
  }
  const conflict = await findConflict(database, entry.idempotencyKey);
  return conflict ? { status: 'refused', conflict } : { status: 'saved' };
}

/** Syncs about every minute, also while no page is open. */
export function scheduleSync() {
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void requestSync().catch(reportError('the sync of the alarm'));
  });
}

/** Syncs when the extension is installed or updated, and when the browser starts. */
export function syncOnInstallAndStartup() {
  browser.runtime.onInstalled.addListener(() => void requestSync().catch(reportError('the sync at install or update')));
  browser.runtime.onStartup.addListener(() => void requestSync().catch(reportError('the sync at browser start')));
}
