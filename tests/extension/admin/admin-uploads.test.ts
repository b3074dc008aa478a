/**
 * The sync after a server import (issue 9: no error swallowed): the import stands, and when the sync that should
 * bring it into this browser fails, the admin is told why instead of seeing a silent, stale copy.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runUpload, type UploadContext } from '../../../extension/admin/admin-uploads';
import { openContactsDb, type ContactsDb } from '../../../extension/storage/db';
import { patchSyncState } from '../../../extension/storage/sync-state';
import type { SyncReport } from '../../../extension/sync/sync-engine';
import { createApiClient } from '../../../lib/api/api-client';
import { DEFAULT_MAX_CONTACTS } from '../../../lib/rules/check-options';
import { generateCsv } from '../../fixtures/generate-csv';
import { startRealServer, type RealServer } from '../../fixtures/real-server';

let server: RealServer;
let db: ContactsDb;

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  db = await openContactsDb();
  server = await startRealServer();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await server.close();
});

const file = { name: 'team.csv', bytes: new TextEncoder().encode(generateCsv(1)) };

/** Uploads `file` in server mode with the worker answering `answer` to the follow-up 'sync-now'. */
async function uploadWithWorkerAnswer(answer: unknown) {
  fakeBrowser.runtime.onMessage.addListener(async () => answer);
  const problems: string[] = [];
  const context: UploadContext = {
    db,
    api: createApiClient({ baseUrl: server.url, token: server.admin, fetch }),
    rules: { maxContacts: DEFAULT_MAX_CONTACTS, defaultCountry: null },
    onSyncProblem: (reason) => problems.push(reason),
  };
  const steps: string[] = [];
  const result = await runUpload(context, file, 'skip', (step) => steps.push(step));
  return { imported: result.counts.created, steps, problems, logged: vi.mocked(console.warn).mock.calls.map((call) => call[0]) };
}

describe('runUpload, server mode', () => {
  it("tells the admin when the worker fails the sync after the import, which still stands", async () => {
    const actual = await uploadWithWorkerAnswer({ error: 'Error: the database is closed' });
    expect(actual).toEqual({
      imported: 1,
      steps: ['sending', 'syncing', 'done'],
      problems: ['BackgroundError: Error: the database is closed'],
      logged: ['Company Contacts: the sync after an import failed: BackgroundError: Error: the database is closed'],
    });
  });

  it('tells the admin when the sync after the import could not reach the server, with the recorded reason', async () => {
    await patchSyncState(db, { lastError: { code: 'offline', message: 'Failed to fetch', at: 0 } });
    const report: SyncReport = { pushed: 0, conflicts: 0, pending: 0, pulled: 0, cleared: false, ok: false };
    const actual = await uploadWithWorkerAnswer(report);
    expect(actual).toEqual({
      imported: 1,
      steps: ['sending', 'syncing', 'done'],
      problems: ['Failed to fetch (offline)'],
      logged: ['Company Contacts: the sync after an import failed: Error: Failed to fetch (offline)'],
    });
  });

  it('says nothing when the sync after the import went well', async () => {
    const report: SyncReport = { pushed: 0, conflicts: 0, pending: 0, pulled: 1, cleared: false, ok: true };
    const actual = await uploadWithWorkerAnswer(report);
    expect(actual).toEqual({ imported: 1, steps: ['sending', 'syncing', 'done'], problems: [], logged: [] });
  });
});
