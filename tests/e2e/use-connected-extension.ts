/**
 * One end-to-end test file's setup: a real server on 127.0.0.1 holding `seed`, Chromium with the built extension,
 * connected through the options page with the chosen token (or not connected: local mode), and the first sync
 * done. Registers its own beforeAll/afterAll, so every options-*.test.ts starts from the same known state and each
 * of its tests can run alone (issue 9: no test depends on another one having run).
 */
import { afterAll, beforeAll } from 'vitest';
import { createApiClient, type ApiClient } from '../../lib/api/api-client';
import { startRealServer, type RealServer } from '../fixtures/real-server';
import { launchExtension, syncNow, type ExtensionBrowser } from './extension-browser';
import { connectOptions } from './options-page';

export type NewContact = Parameters<ApiClient['createContact']>[0];

export interface ConnectedExtension {
  server: RealServer;
  browser: ExtensionBrowser;
  /** An API client with the server's admin token, to arrange or check the server side. */
  admin: ApiClient;
}

export interface ConnectedExtensionOptions {
  /** Which token the options page connects with; `null` leaves the extension unconnected. */
  connectAs?: 'admin' | 'member' | null;
  /** Contacts created on the server before the browser connects (its first sync pulls them). */
  seed?: NewContact[];
  language?: 'en' | 'fr';
}

/** Call at a describe block's top level; the returned object is filled in before its first test. */
export function useConnectedExtension({ connectAs = 'admin', seed = [], language = 'en' }: ConnectedExtensionOptions = {}): ConnectedExtension {
  const setup = {} as ConnectedExtension;
  beforeAll(async () => {
    setup.server = await startRealServer();
    setup.admin = createApiClient({ baseUrl: setup.server.url, token: setup.server.admin, fetch });
    for (const contact of seed) await setup.admin.createContact(contact);
    setup.browser = await launchExtension({ language });
    if (connectAs === null) return;
    const page = await connectOptions(setup.browser, setup.server.url, connectAs === 'admin' ? setup.server.admin : setup.server.member);
    await page.close();
    await syncNow(setup.browser);
  });
  afterAll(async () => {
    await setup.browser?.close();
    await setup.server?.close();
  });
  return setup;
}

/** Every live contact's name on the server, sorted. */
export async function serverNames(admin: ApiClient): Promise<string[]> {
  const latest = new Map<string, { name: string; deleted: boolean }>();
  for (let cursor = '', more = true; more; ) {
    const page = await admin.changes(cursor);
    for (const contact of page.contacts) latest.set(contact.id, contact);
    cursor = page.cursor;
    more = page.more;
  }
  return [...latest.values()].filter((contact) => !contact.deleted).map((contact) => contact.name).sort();
}
