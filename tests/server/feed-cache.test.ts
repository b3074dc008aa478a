/**
 * The change feed's answers kept in memory (server/directory/feed-page-cache.ts): the same page is answered again
 * while nothing changed, and a change committed anywhere — through the API, or by another process on the same
 * database (the CLI, another instance) — is in the very next answer, on both stores.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createContact } from '../../server/directory/contact-writes';
import { openStore } from '../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID } from '../../server/store/store';
import { addOrganisation, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { queryDatabase } from '../fixtures/test-databases';
import { describeStores } from '../fixtures/test-stores';

describeStores('the change feed kept in memory', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ rateLimitMax: 100_000 }, store);
  });
  afterEach(() => server.close());

  const page = async (since = '', token = server.admin) => {
    const response = await fetch(`${server.url}/api/v1/contacts/changes?since=${encodeURIComponent(since)}&limit=100`, { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()) as { contacts: { name: string }[]; cursor: string; more: boolean };
  };
  const names = (answer: { contacts: { name: string }[] }) => answer.contacts.map((contact) => contact.name);

  /** Writes a contact as another process would: its own connection to the database, then closed. */
  async function writeFromAnotherProcess(name: string) {
    const other = await openStore(server.db, { now: () => new Date().toISOString() });
    try {
      await other.forOrg(DEFAULT_ORGANISATION_ID).transaction((tx) => createContact({ tx, token: 'cli:test', now: new Date().toISOString() }, { name, email: `${name.toLowerCase()}@example.com` }, 'skip'));
    } finally {
      await other.close();
    }
  }

  it('answers the same page again while nothing changed, and a write through the API at the next request', async () => {
    await server.call('/contacts', { method: 'POST', json: { name: 'Ada', email: 'ada@example.com' } });
    const first = await page();
    const again = await page();
    await server.call('/contacts', { method: 'POST', json: { name: 'Bob', email: 'bob@example.com' } });
    const afterWrite = await page();
    const poll = await page(first.cursor);
    expect({ first: names(first), again, afterWrite: names(afterWrite), poll: names(poll) }).toEqual({ first: ['Ada'], again: first, afterWrite: ['Ada', 'Bob'], poll: ['Bob'] });
  });

  it('answers a change committed by another process on the same database at the next request', async () => {
    await server.call('/contacts', { method: 'POST', json: { name: 'Ada', email: 'ada@example.com' } });
    const before = await page();
    const upToDate = await page(before.cursor);
    await writeFromAnotherProcess('Cleo');
    const after = await page();
    const poll = await page(before.cursor);
    expect({ upToDate: names(upToDate), after: names(after), poll: names(poll), pollMore: poll.more }).toEqual({ upToDate: [], after: ['Ada', 'Cleo'], poll: ['Cleo'], pollMore: false });
  });

  it('keeps each organisation’s pages apart: the same cursor of another organisation answers its own contacts', async () => {
    const acme = await addOrganisation(server, 'acme');
    await server.call('/contacts', { method: 'POST', json: { name: 'Ada', email: 'ada@example.com' } });
    await server.call('/contacts', { method: 'POST', token: acme.admin, json: { name: 'Zed', email: 'zed@example.com' } });
    const answers = [names(await page()), names(await page('', acme.admin)), names(await page()), names(await page('', acme.admin))];
    expect(answers).toEqual([['Ada'], ['Zed'], ['Ada'], ['Zed']]);
  });

  if (store === 'postgres') {
    // Shows that pages are answered from memory at all: a change made behind the store's back, without moving the
    // organisation's counter (which no store write does), is not seen until the counter moves.
    it('keys the kept page on the organisation’s change counter', async () => {
      await server.call('/contacts', { method: 'POST', json: { name: 'Ada', email: 'ada@example.com' } });
      await page();
      await queryDatabase(server.db, `UPDATE contacts SET json = replace(json, '"Ada"', '"Ada (behind its back)"')`, { write: true });
      const kept = await page();
      await server.call('/contacts', { method: 'POST', json: { name: 'Bob', email: 'bob@example.com' } });
      const fresh = await page();
      expect({ kept: names(kept), fresh: names(fresh) }).toEqual({ kept: ['Ada'], fresh: ['Ada (behind its back)', 'Bob'] });
    });
  }
});
