/**
 * Organisations are walled off from each other (issue 10): a token of one can never read, write, detect (a duplicate
 * hint naming the other's contact is a leak), undo, audit or page through anything of another. Every route, both
 * ways (the default organisation against a new one, and back), on both stores. Both organisations have tokens of the
 * same names, so a key that forgot the organisation (idempotency, rate limit) would show here. The token routes and
 * the CardDAV address book (issues 11 and 12) are in the wall too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dav, readMultistatus } from '../fixtures/carddav';
import { HEADER } from '../fixtures/contacts';
import { thunderbird } from './carddav/client-requests';
import { BOOK, cardPath } from '../../server/carddav/dav-paths';
import { addOrganisation, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

/** What one organisation holds when the cases start: a contact, an import (undoable), audit entries, a used key. */
interface Holdings {
  name: string;
  admin: string;
  member: string;
  contact: { id: string; name: string; email: string; phone: string };
  /** The line its import created. */
  imported: { name: string; email: string; phone: string };
  importId: string;
  feed: unknown;
  audit: unknown;
  /** Its tokens' ids, as its admin lists them. */
  tokenIds: string[];
}

const csv = (...lines: string[]) => `${[HEADER, ...lines].join('\r\n')}\r\n`;
/** The first contact of each organisation, sent with the same Idempotency-Key by tokens of the same name. */
const keyed = (slug: string) => ({
  name: `${slug} Contact`,
  email: `${slug}@${slug}.example`,
  phones: [{ type: 'work', number: slug === 'ann' ? '+49 30 1111111' : '+49 30 2222222' }],
});
const csvHeaders = { 'content-type': 'text/csv' };

describeStores('organisations', (store) => {
  for (const direction of ['default → other', 'other → default'] as const) {
    describe(`a token of one organisation against another's directory (${direction})`, () => {
      let server: TestServer;
      let caller: Holdings;
      let target: Holdings;

      /** Gives an organisation (its admin token) a contact, an import, audit entries and an Idempotency-Key. */
      async function hold(name: string, admin: string, member: string, slug: string): Promise<Holdings> {
        const call = (path: string, options: Parameters<TestServer['call']>[1] = {}) => server.call(path, { token: admin, ...options });
        const email = `${slug}@${slug}.example`;
        const created = await call('/contacts', { method: 'POST', json: keyed(slug), headers: { 'idempotency-key': 'same-key' } });
        const imported = { name: `${slug} Imported`, email: `${slug}-imported@${slug}.example`, phone: slug === 'ann' ? '+4930333333' : '+4930444444' };
        const batch = await call('/imports?file=team.csv', { method: 'POST', body: csv(`${imported.name},,${imported.email},${imported.phone},,`), headers: csvHeaders });
        const contact = { id: created.body.id as string, name: created.body.name as string, email, phone: created.body.phones[0].number as string };
        const feed = (await call('/contacts/changes')).body;
        const tokenIds = ((await call('/tokens')).body.tokens as { id: string }[]).map((token) => token.id);
        return { name, admin, member, contact, imported, importId: batch.body.importId as string, feed, audit: (await call('/audit')).body, tokenIds };
      }

      beforeAll(async () => {
        server = await startTestServer({ rateLimitMax: 100_000 }, store);
        const other = await addOrganisation(server, 'acme');
        const first = await hold('default', server.admin, server.member, 'ann');
        const second = await hold('acme', other.admin, other.member, 'bea');
        [caller, target] = direction === 'default → other' ? [first, second] : [second, first];
      });
      afterAll(() => server.close());

      /** The call, as the caller's admin. */
      const call = (path: string, options: Parameters<TestServer['call']>[1] = {}) => server.call(path, { token: caller.admin, ...options });
      /** True when the answer names anything of the target: its contact's id or name, its import. */
      const leaks = (body: unknown) => {
        const text = JSON.stringify(body);
        return [target.contact.id, target.contact.name, target.imported.name, target.importId, ...target.tokenIds].filter((secret) => text.includes(secret));
      };

      const unknownId = '00000000-0000-7000-8000-000000000000';
      it.each([
        ['GET /contacts/:id', (id: string) => call(`/contacts/${id}`)],
        ['GET /contacts/:id (member)', (id: string) => server.call(`/contacts/${id}`, { token: caller.member })],
        ['PUT /contacts/:id', (id: string) => call(`/contacts/${id}`, { method: 'PUT', json: { name: 'Taken over', email: 'x@example.com' }, headers: { 'if-match': '1' } })],
        ['DELETE /contacts/:id', (id: string) => call(`/contacts/${id}`, { method: 'DELETE', headers: { 'if-match': '1' } })],
        ['POST /imports/:id/undo', (id: string) => call(`/imports/${id}/undo`, { method: 'POST' })],
        ['DELETE /tokens/:id', (id: string) => call(`/tokens/${id}`, { method: 'DELETE' })],
        ['DELETE /tokens/:id (member)', (id: string) => server.call(`/tokens/${id}`, { method: 'DELETE', token: caller.member })],
        ['GET card (CardDAV)', async (id: string) => {
          const answer = await dav(server.url, { method: 'GET', path: cardPath(id), token: caller.member });
          return { status: answer.status, body: answer.text };
        }],
      ] as const)("answers %s on the other organisation's id exactly as on an id that never existed", async (route, send) => {
        const targetId = route.includes('imports') ? target.importId : route.includes('tokens') ? target.tokenIds[0]! : target.contact.id;
        // The 404 names the id the caller sent: its own input, replaced before comparing.
        const answer = async (id: string) => {
          const { status, body } = await send(id);
          return { status, body: JSON.parse(JSON.stringify(body).replaceAll(id, 'ID')) as unknown };
        };
        const actual = await answer(targetId);
        expect({ ...actual, leaks: leaks(actual.body) }).toEqual({ ...(await answer(unknownId)), leaks: [] });
        expect(actual.status).toBe(404);
      });

      it('pages through its own feed only, one contact a page, to the end', async () => {
        const ids: string[] = [];
        let cursor = '';
        for (let page = 0; page < 20; page++) {
          const answer = (await server.call(`/contacts/changes?limit=1&since=${encodeURIComponent(cursor)}`, { token: caller.member })).body;
          ids.push(...answer.contacts.map((contact: { id: string }) => contact.id));
          cursor = answer.cursor;
          if (!answer.more) break;
        }
        expect({ own: ids.includes(caller.contact.id), leaks: leaks(ids), count: ids.length }).toEqual({ own: true, leaks: [], count: 2 });
      });

      it("lists its own audit only: none of the other's contacts or imports", async () => {
        const answer = await call('/audit?limit=1000');
        const own = answer.body.entries.map((entry: { action: string }) => entry.action);
        // Numbered per organisation: the second organisation's entries are 1 and 2 too, not 3 and 4.
        const ids = answer.body.entries.map((entry: { id: string }) => entry.id);
        expect({ status: answer.status, own, ids, leaks: leaks(answer.body) }).toEqual({ status: 200, own: ['contact.create', 'import'], ids: ['1', '2'], leaks: [] });
      });

      it("creates a contact with the other's email and phone: no duplicate, no hint", async () => {
        const answer = await call('/contacts', { method: 'POST', json: { name: 'Same Details', email: target.contact.email, phones: [{ type: 'work', number: target.contact.phone }] } });
        expect({ status: answer.status, leaks: leaks(answer.body) }).toEqual({ status: 201, leaks: [] });
      });

      it.each([
        ['a dry run', '&dryRun=true', 200],
        ['an import', '', 201],
      ])("checks %s with the other's email and phone against its own directory only", async (_case, query, status) => {
        const line = `Twin ${query ? 'Dry' : 'Real'},,${target.imported.email.toUpperCase()},${target.imported.phone},,`;
        const answer = await call(`/imports?file=twins.csv&onDuplicate=update${query}`, { method: 'POST', body: csv(line), headers: csvHeaders });
        const { duplicates, warnings, updates, contacts } = answer.body;
        const actual = { status: answer.status, duplicates, warnings, updates: updates.length, created: contacts.length, leaks: leaks(answer.body) };
        expect(actual).toEqual({ status, duplicates: [], warnings: [], updates: 0, created: 1, leaks: [] });
      });

      it("replays its own Idempotency-Key only, not the other organisation's answer to the same token name and key", async () => {
        // Both organisations' "alice" sent their first contact with 'same-key': each gets its own answer back.
        const replay = await call('/contacts', { method: 'POST', json: keyed(caller.contact.name.split(' ')[0]!), headers: { 'idempotency-key': 'same-key' } });
        const reused = await call('/contacts', { method: 'POST', json: keyed('someone'), headers: { 'idempotency-key': 'same-key' } });
        const actual = {
          replay: [replay.status, replay.headers.get('idempotent-replayed'), replay.body.id === caller.contact.id],
          reused: [reused.status, reused.body.error?.code],
          leaks: leaks([replay.body, reused.body]),
        };
        expect(actual).toEqual({ replay: [201, 'true', true], reused: [422, 'idempotency-key-reused'], leaks: [] });
      });

      it('lists its own tokens only, and the last-admin guard counts its own admins only', async () => {
        const tokens = (await call('/tokens')).body.tokens as { id: string; role: string }[];
        // Each organisation has one admin ("alice"): the other organisation's "alice" does not make the caller's revocable.
        const self = await call(`/tokens/${tokens.find((token) => token.role === 'admin')!.id}`, { method: 'DELETE' });
        const listed = tokens.map((token) => token.id);
        expect({ listed, leaks: leaks(listed), self: [self.status, self.body.error.code] }).toEqual({
          listed: caller.tokenIds,
          leaks: [],
          self: [409, 'last-admin-token'],
        });
      });

      it('creates a token under a name the other organisation already uses: names are unique per organisation', async () => {
        const created = await call('/tokens', { method: 'POST', json: { name: 'max-laptop', role: 'member' } });
        const taken = await call('/tokens', { method: 'POST', json: { name: 'max', role: 'member' } });
        const revoked = await call(`/tokens/${created.body.id}`, { method: 'DELETE' });
        expect([created.status, taken.status, revoked.status]).toEqual([201, 409, 204]);
      });

      it("syncs and lists over CardDAV its own cards only, in an address book named after its organisation", async () => {
        const props = readMultistatus((await dav(server.url, { method: 'PROPFIND', path: BOOK, depth: '0', body: thunderbird.syncToken, token: caller.member })).text);
        // From the start (an empty sync-token): every card of the address book.
        const synced = await dav(server.url, { method: 'REPORT', path: BOOK, depth: '1', body: thunderbird.syncCollection(''), token: caller.member });
        const hrefs = readMultistatus(synced.text).responses.map((response) => response.href);
        const own = await dav(server.url, { method: 'GET', path: cardPath(caller.contact.id), token: caller.member });
        const isDefault = caller.name === 'default';
        expect({
          displayName: props.responses[0]!.values.displayname,
          status: synced.status,
          own: hrefs.includes(cardPath(caller.contact.id)),
          leaks: leaks(synced.text),
          org: own.text.includes('\r\nORG:'),
          orgName: own.text.includes(`\r\nORG:${caller.name}\r\n`),
        }).toEqual({ displayName: isDefault ? 'Company Contacts' : caller.name, status: 207, own: true, leaks: [], org: !isDefault, orgName: !isDefault });
      });

      it("answers a CardDAV multiget of the other's card as a card that never existed", async () => {
        const ask = async (id: string) => {
          const answer = await dav(server.url, { method: 'REPORT', path: BOOK, depth: '1', body: thunderbird.multiget([cardPath(id)]), token: caller.member });
          const [response] = readMultistatus(answer.text).responses;
          // The response names the href the caller sent: its own input, replaced before looking for leaks.
          return { status: answer.status, card: response?.status, data: response?.values['address-data'] ?? null, leaks: leaks(answer.text.replaceAll(id, 'ID')) };
        };
        expect(await ask(target.contact.id)).toEqual({ ...(await ask(unknownId)), leaks: [] });
      });

      it('names its own organisation in /me', async () => {
        const answer = await call('/me');
        expect(answer.body.organisation.name).toEqual(caller.name);
      });

      it("leaves the other organisation's directory, feed and audit as they were", async () => {
        const feed = (await server.call('/contacts/changes', { token: target.admin })).body;
        const audit = (await server.call('/audit', { token: target.admin })).body;
        expect({ feed, audit }).toEqual({ feed: target.feed, audit: target.audit });
      });

      // Last: it writes to the other organisation.
      it("keeps its own CTag and change numbers: the other's writes move neither", async () => {
        const ctag = async () => {
          const answer = await dav(server.url, { method: 'PROPFIND', path: BOOK, depth: '0', body: thunderbird.syncToken, token: caller.member });
          return Number(readMultistatus(answer.text).responses[0]!.values.getctag);
        };
        const before = await ctag();
        // Twenty changes: the other organisation's numbers then pass the caller's, so a shared count would show.
        const lines = Array.from({ length: 20 }, (_, i) => `Target Later ${i},,later-${i}-${caller.name}@target.example,,,`);
        const targetWrite = await server.call('/imports?file=later.csv', { method: 'POST', token: target.admin, body: csv(...lines), headers: csvHeaders });
        const afterTarget = await ctag();
        const ownWrite = await call('/contacts', { method: 'POST', json: { name: 'Caller Later', email: `later-${target.name}@caller.example` } });
        const afterOwn = await ctag();
        expect({ writes: [targetWrite.status, ownWrite.status], moved: [afterTarget - before, afterOwn - before] }).toEqual({ writes: [201, 201], moved: [0, 1] });
      });
    });
  }
});

describe('rate limits of two organisations with tokens of the same name', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rateLimitMax: 3 });
  });
  afterAll(() => server.close());

  it("count each organisation's token on its own", async () => {
    const other = await addOrganisation(server, 'acme');
    const statuses = async (token: string) => {
      const answers: number[] = [];
      for (let i = 0; i < 4; i++) answers.push((await server.call('/me', { token })).status);
      return answers;
    };
    expect({ first: await statuses(server.admin), other: await statuses(other.admin) }).toEqual({ first: [200, 200, 200, 429], other: [200, 200, 200, 429] });
  });
});
