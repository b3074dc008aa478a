/**
 * The audit for the console (issue 11): before → after of single-contact writes, server-side filters by person,
 * contact, import and action, newest-first paging with a total, every bad parameter refused with a message, and the
 * organisation wall through every filter. On both stores.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createToken } from '../../server/auth/tokens';
import { addOrganisation, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('the audit for the console', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({}, store);
  });
  afterEach(() => server.close());

  const audit = async (query: string, token?: string) => (await server.call(`/audit?${query}`, token === undefined ? {} : { token })).body;
  const post = async (json: unknown, token?: string) => (await server.call('/contacts', { method: 'POST', json, ...(token ? { token } : {}) })).body;

  describe('before → after', () => {
    it('records every field of a created contact, the changed fields of an edit, and every field of a deleted one', async () => {
      const created = await post({ name: 'Maria Beck', position: 'Engineer', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '0015551234567' }] });
      await server.call(`/contacts/${created.id}`, {
        method: 'PUT',
        headers: { 'if-match': '1' },
        json: { name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+49 30 1234567' }] },
      });
      await server.call(`/contacts/${created.id}`, { method: 'DELETE', headers: { 'if-match': '2' } });
      const actual = (await audit('')).entries.map((entry: any) => [entry.action, entry.change]);
      const usPhone = [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }];
      const dePhone = [{ type: 'work', number: '+49301234567', display: '+49 30 1234567' }];
      expect(actual).toEqual([
        ['contact.create', { after: { name: 'Maria Beck', position: 'Engineer', email: 'maria.beck@email.com', phones: usPhone } }],
        ['contact.update', { before: { position: 'Engineer', phones: usPhone }, after: { position: null, phones: dePhone } }],
        ['contact.delete', { before: { name: 'Maria Beck', position: null, email: 'maria.beck@email.com', phones: dePhone } }],
      ]);
    });

    it('records the change of a create that updated a duplicate, and nothing for an import, which keeps its count and batch', async () => {
      await post({ name: 'Maria Beck', email: 'maria.beck@email.com' });
      await server.call('/contacts?onDuplicate=update', { method: 'POST', json: { name: 'Maria Beck-Stein', email: 'maria.beck@email.com' } });
      const batch = (await server.call('/imports', { method: 'POST', json: [{ name: 'Hans', email: 'hans@example.com' }, { name: 'Ina', email: 'ina@example.com' }] })).body;
      const beforeUndo = (await audit('order=desc&action=import')).entries[0];
      await server.call(`/imports/${batch.importId}/undo`, { method: 'POST' });
      const entries = (await audit('')).entries;
      expect({
        update: entries[1].change,
        imported: { change: entries[2].change, count: entries[2].contactIds.length, file: entries[2].batch.file, undone: entries[2].batch.undoneAt !== null },
        beforeUndo: beforeUndo.batch.undoneAt,
        undo: { action: entries[3].action, importedAt: entries[3].batch.at === entries[2].batch.at },
      }).toEqual({
        update: { before: { name: 'Maria Beck' }, after: { name: 'Maria Beck-Stein' } },
        imported: { change: undefined, count: 2, file: 'contacts.json', undone: true },
        beforeUndo: null,
        undo: { action: 'import.undo', importedAt: true },
      });
    });
  });

  describe('filters and newest-first paging', () => {
    /** alice creates A and B, bob edits A, alice imports two lines and undoes them. */
    async function fill() {
      const bob = await createToken(server.directory, 'bob', 'admin', new Date().toISOString());
      const a = await post({ name: 'Anna', email: 'anna@example.com' });
      const b = await post({ name: 'Bernd', email: 'bernd@example.com' });
      await server.call(`/contacts/${a.id}`, { method: 'PUT', json: { name: 'Anna Edited', email: 'anna@example.com' }, headers: { 'if-match': '1' }, token: bob });
      const batch = (await server.call('/imports', { method: 'POST', json: [{ name: 'Hans', email: 'hans@example.com' }, { name: 'Ina', email: 'ina@example.com' }] })).body;
      await server.call(`/imports/${batch.importId}/undo`, { method: 'POST' });
      const hans = (await audit('order=desc&action=import')).entries[0].contactIds[0];
      return { bob, a: a.id, b: b.id, importId: batch.importId as string, hans: hans as string };
    }
    const actions = (body: any) => body.entries.map((entry: any) => entry.action);

    it('keeps one person’s entries, one contact’s (or any of several), one import’s, one action’s', async () => {
      const { a, b, importId, hans } = await fill();
      const actual = {
        bob: actions(await audit('order=desc&token=bob')),
        alice: actions(await audit('order=desc&token=alice')),
        nobody: actions(await audit('order=desc&token=zoe')),
        anna: actions(await audit(`order=desc&contact=${a}`)),
        annaOrBernd: (await audit(`order=desc&contact=${a},${b}`)).total,
        hans: actions(await audit(`order=desc&contact=${hans}`)),
        batch: actions(await audit(`order=desc&import=${importId}`)),
        creates: (await audit('order=desc&action=contact.create')).total,
        combined: actions(await audit(`order=desc&token=alice&contact=${a}`)),
        ascending: actions(await audit(`token=bob`)),
      };
      expect(actual).toEqual({
        bob: ['contact.update'],
        alice: ['import.undo', 'import', 'contact.create', 'contact.create'],
        nobody: [],
        anna: ['contact.update', 'contact.create'],
        annaOrBernd: 3,
        hans: ['import.undo', 'import'],
        batch: ['import.undo', 'import'],
        creates: 2,
        combined: ['contact.create'],
        ascending: ['contact.update'],
      });
    });

    it('pages newest first with before= the returned cursor, with the total on every page', async () => {
      for (let i = 0; i < 5; i++) await post({ name: `P${i}`, email: `p${i}@example.com` });
      const first = await audit('order=desc&limit=2');
      const second = await audit(`order=desc&limit=2&before=${first.cursor}`);
      const third = await audit(`order=desc&limit=2&before=${second.cursor}`);
      const name = (entry: any) => entry.change.after.name;
      expect({
        pages: [first, second, third].map((page) => ({ names: page.entries.map(name), more: page.more, total: page.total })),
        cursors: Number(first.cursor) > Number(second.cursor),
        ascendingHasNoTotal: (await audit('limit=2')).total,
      }).toEqual({
        pages: [
          { names: ['P4', 'P3'], more: true, total: 5 },
          { names: ['P2', 'P1'], more: true, total: 5 },
          { names: ['P0'], more: false, total: 5 },
        ],
        cursors: true,
        ascendingHasNoTotal: undefined,
      });
    });

    it('refuses each bad parameter with a 400 that names it', async () => {
      const queries = [
        'order=sideways',
        'order=desc&before=abc',
        'before=12',
        'order=desc&since=2026-01-01',
        'order=desc&token=not%20a%20name',
        'order=desc&token=',
        'order=desc&contact=ok,no%20way',
        `order=desc&contact=${Array.from({ length: 101 }, (_, i) => `c${i}`).join(',')}`,
        'order=desc&import=%2F..%2F',
        'order=desc&action=contact.explode',
        'order=desc&limit=0',
        'since=yesterday',
      ];
      const answers = await Promise.all(queries.map(async (query) => server.call(`/audit?${query}`)));
      const actual = answers.map((answer) => [answer.status, answer.body.error.message.match(/order|before|since|token|contact|import|action|limit/u)?.[0]]);
      expect(actual).toEqual([
        [400, 'order'],
        [400, 'before'],
        [400, 'before'],
        [400, 'since'],
        [400, 'token'],
        [400, 'token'],
        [400, 'contact'],
        [400, 'contact'],
        [400, 'import'],
        [400, 'action'],
        [400, 'limit'],
        [400, 'since'],
      ]);
    });

    it('shows another organisation’s admin none of these entries through any filter', async () => {
      const { a, importId } = await fill();
      const other = await addOrganisation(server, 'Globex');
      // The same token names exist in both organisations: alice of Globex asks for alice's, Anna's and the import's entries.
      const queries = ['order=desc', 'order=desc&token=alice', 'order=desc&token=bob', `order=desc&contact=${a}`, `order=desc&import=${importId}`, '', `token=alice`];
      const seen = await Promise.all(queries.map(async (query) => (await audit(query, other.admin)).entries.length));
      const own = await audit('order=desc');
      expect({ seen, totals: (await audit('order=desc&token=alice', other.admin)).total, ownTotal: own.total > 0 }).toEqual({
        seen: queries.map(() => 0),
        totals: 0,
        ownTotal: true,
      });
    });
  });
});
