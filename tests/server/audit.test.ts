import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createToken } from '../../server/auth/tokens';
import { maria, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('the audit', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({}, store);
  });
  afterEach(() => server.close());

  describe('GET /api/v1/audit', () => {
    it('lists who did what to which contact or import, for every write, in order', async () => {
      const bob = await createToken(server.directory, 'bob', 'admin', new Date().toISOString());
      const created = (await server.call('/contacts', { method: 'POST', json: maria })).body;
      await server.call(`/contacts/${created.id}`, { method: 'PUT', json: maria, headers: { 'if-match': '1' }, token: bob });
      const batch = (await server.call('/imports', { method: 'POST', json: [{ name: 'Hans', email: 'hans@example.com' }] })).body;
      await server.call(`/imports/${batch.importId}/undo`, { method: 'POST', token: bob });
      await server.call(`/contacts/${created.id}`, { method: 'DELETE', headers: { 'if-match': '2' } });
      const entries = (await server.call('/audit')).body.entries;
      const actual = entries.map((e: any) => [e.token, e.action, e.contactIds.length, e.importId]);
      const expected = [
        ['alice', 'contact.create', 1, null],
        ['bob', 'contact.update', 1, null],
        ['alice', 'import', 1, batch.importId],
        ['bob', 'import.undo', 1, batch.importId],
        ['alice', 'contact.delete', 1, null],
      ];
      expect({ actual, times: entries.every((e: any) => !Number.isNaN(Date.parse(e.at))) }).toEqual({ actual: expected, times: true });
    });

    it('pages with the returned cursor and filters by date', async () => {
      for (let i = 0; i < 3; i++) await server.call('/contacts', { method: 'POST', json: { name: `P${i}`, email: `p${i}@example.com` } });
      const first = (await server.call('/audit?limit=2')).body;
      const rest = (await server.call(`/audit?since=${first.cursor}`)).body;
      const future = (await server.call('/audit?since=2999-01-01')).body;
      const bad = await server.call('/audit?since=yesterday');
      const actual = [first.entries.length, first.more, rest.entries.length, rest.more, future.entries.length, bad.status];
      expect(actual).toEqual([2, true, 1, false, 0, 400]);
    });
  });
});
