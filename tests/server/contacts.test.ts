import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maria, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('contacts', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({}, store);
  });
  afterEach(() => server.close());

  const create = (json: unknown, token = server.admin) => server.call('/contacts', { method: 'POST', json, token });

  describe('POST /api/v1/contacts', () => {
    it('creates a contact at version 1 with the core rules applied (E.164, lower-cased email)', async () => {
      const actual = await create({ ...maria, email: 'Maria.Beck@Email.com', position: 'Achats' });
      const expected = {
        status: 201,
        body: {
          id: expect.any(String),
          version: 1,
          updatedAt: expect.any(String),
          deleted: false,
          name: 'Maria Beck',
          position: 'Achats',
          email: 'maria.beck@email.com',
          phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }],
        },
      };
      expect({ status: actual.status, body: actual.body }).toEqual(expected);
    });

    it('answers 400 naming the field to a body that is not a contact input (its schema in lib/api), 422 to bad values', async () => {
      const answers = [
        await create({ position: 'Achats', email: 'x@example.com' }),
        await create({ name: 'A', email: 'a@example.com', phones: [{ type: 'home', number: '+4930123456' }] }),
        await create({ name: '', email: 'a@example.com' }),
      ];
      const names = ["property 'name'", 'body/phones/0/type must be equal to one of the allowed values (work, other)', 'contact name is empty'];
      const actual = answers.map((answer, i) => [answer.status, answer.body.error.code, answer.body.error.message.includes(names[i]!)]);
      expect(actual).toEqual([[400, 'invalid-request', true], [400, 'invalid-request', true], [422, 'invalid-contact', true]]);
    });

    it("computes each phone's display form from its number and ignores the one a client sends (issue 9)", async () => {
      const actual = await create({ ...maria, phones: [{ type: 'work', number: '+33 6 12 34 56 78', display: 'Call me: 0800 FORGED' }] });
      const stored = await server.call(`/contacts/${actual.body.id}`);
      const expected = [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }];
      expect([actual.status, actual.body.phones, stored.body.phones]).toEqual([201, expected, expected]);
    });

    it('rejects an invalid contact with 422 and the rejected entries', async () => {
      const actual = await create({ name: 'Nobody', phones: [{ type: 'work', number: '0612345678' }] });
      const expected = {
        status: 422,
        code: 'invalid-contact',
        rejected: [expect.objectContaining({ field: 'work-phone', code: expect.any(String) })],
      };
      expect({ status: actual.status, code: actual.body.error.code, rejected: actual.body.error.rejected }).toEqual(expected);
    });

    it('answers 409 with the existing contact for a duplicate, and updates it with onDuplicate=update', async () => {
      const first = (await create(maria)).body;
      const conflict = await create({ ...maria, position: 'Direction' });
      const updated = await server.call('/contacts?onDuplicate=update', { method: 'POST', json: { ...maria, position: 'Direction' } });
      const actual = [conflict.status, conflict.body.error.code, conflict.body.error.contact, updated.status, updated.body];
      const expected = [409, 'duplicate', first, 200, { ...first, version: 2, position: 'Direction', updatedAt: expect.any(String) }];
      expect(actual).toEqual(expected);
    });

    it('stores SQL-looking strings verbatim', async () => {
      const name = "Robert'); DROP TABLE contacts;--";
      const created = (await create({ name, position: '" OR 1=1 --', email: 'bobby@example.com' })).body;
      const actual = (await server.call(`/contacts/${created.id}`)).body;
      expect({ name: actual.name, position: actual.position }).toEqual({ name, position: '" OR 1=1 --' });
    });

    it('creates once when a write is retried with the same Idempotency-Key', async () => {
      const headers = { 'idempotency-key': 'outbox-1' };
      const first = await server.call('/contacts', { method: 'POST', json: maria, headers });
      const retry = await server.call('/contacts', { method: 'POST', json: maria, headers });
      const feed = await server.call('/contacts/changes');
      const actual = { retry: [retry.status, retry.body, retry.headers.get('idempotent-replayed')], stored: feed.body.contacts.length };
      expect(actual).toEqual({ retry: [201, first.body, 'true'], stored: 1 });
    });

    it('refuses an Idempotency-Key reused for a different write', async () => {
      const headers = { 'idempotency-key': 'outbox-2' };
      await server.call('/contacts', { method: 'POST', json: maria, headers });
      const actual = await server.call('/contacts', { method: 'POST', json: { ...maria, name: 'Other' }, headers });
      expect([actual.status, actual.body.error.code]).toEqual([422, 'idempotency-key-reused']);
    });
  });

  describe('GET /api/v1/contacts/:id', () => {
    it('answers the contact with its version as ETag, and 404 for an unknown id', async () => {
      const created = (await create(maria)).body;
      const found = await server.call(`/contacts/${created.id}`);
      const missing = await server.call('/contacts/nope');
      const actual = [found.status, found.body, found.headers.get('etag'), missing.status, missing.body.error.code];
      expect(actual).toEqual([200, created, '"1"', 404, 'not-found']);
    });
  });

  describe('PUT /api/v1/contacts/:id', () => {
    it('lets one of two admins editing the same version win; the other gets 409 with the current contact', async () => {
      const bob = await (await import('../../server/auth/tokens')).createToken(server.directory, 'bob', 'admin', new Date().toISOString());
      const created = (await create(maria)).body;
      const headers = { 'if-match': '1' };
      const [alice, other] = await Promise.all([
        server.call(`/contacts/${created.id}`, { method: 'PUT', json: { ...maria, position: 'Alice was here' }, headers }),
        server.call(`/contacts/${created.id}`, { method: 'PUT', json: { ...maria, position: 'Bob was here' }, headers, token: bob }),
      ]);
      const [winner, loser] = alice.status === 200 ? [alice, other] : [other, alice];
      const stored = (await server.call(`/contacts/${created.id}`)).body;
      const actual = { statuses: [winner.status, loser.status], code: loser.body.error.code, current: loser.body.error.contact, stored };
      const expected = { statuses: [200, 409], code: 'version-conflict', current: winner.body, stored: winner.body };
      expect(actual).toEqual(expected);
    });

    it('applies the retried loser on top of the winner, so nothing is lost', async () => {
      const created = (await create(maria)).body;
      await server.call(`/contacts/${created.id}`, { method: 'PUT', json: { ...maria, position: 'First' }, headers: { 'if-match': '1' } });
      const stale = await server.call(`/contacts/${created.id}`, { method: 'PUT', json: { ...maria, name: 'Maria B.' }, headers: { 'if-match': '1' } });
      const current = stale.body.error.contact;
      const retried = await server.call(`/contacts/${created.id}`, {
        method: 'PUT',
        json: { ...maria, name: 'Maria B.', position: current.position },
        headers: { 'if-match': `"${current.version}"` },
      });
      expect([retried.status, retried.body.version, retried.body.name, retried.body.position]).toEqual([200, 3, 'Maria B.', 'First']);
    });

    it('needs If-Match (428) and refuses a duplicate of another contact (409)', async () => {
      const first = (await create(maria)).body;
      const second = (await create({ name: 'Hans', email: 'hans@example.com' })).body;
      const noVersion = await server.call(`/contacts/${second.id}`, { method: 'PUT', json: maria });
      const duplicate = await server.call(`/contacts/${second.id}`, { method: 'PUT', json: maria, headers: { 'if-match': '1' } });
      const actual = [noVersion.status, noVersion.body.error.code, duplicate.status, duplicate.body.error.contact.id];
      expect(actual).toEqual([428, 'if-match-required', 409, first.id]);
    });
  });

  describe('DELETE /api/v1/contacts/:id', () => {
    it('leaves a tombstone at the next version; a stale delete is 409', async () => {
      const created = (await create(maria)).body;
      await server.call(`/contacts/${created.id}`, { method: 'PUT', json: maria, headers: { 'if-match': '1' } });
      const stale = await server.call(`/contacts/${created.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
      const deleted = await server.call(`/contacts/${created.id}`, { method: 'DELETE', headers: { 'if-match': '2' } });
      const actual = [stale.status, deleted.status, deleted.body];
      const expected = [409, 200, { id: created.id, version: 3, deleted: true, name: '', phones: [], updatedAt: expect.any(String) }];
      expect(actual).toEqual(expected);
    });

    it('frees the email of a deleted contact for a new one', async () => {
      const created = (await create(maria)).body;
      await server.call(`/contacts/${created.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
      const actual = await create(maria);
      expect(actual.status).toEqual(201);
    });
  });
});
