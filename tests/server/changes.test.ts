import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('the change feed', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    // The reader of the concurrency test polls as fast as it can: more than the default 1,200 requests a minute.
    server = await startTestServer({ rateLimitMax: 100_000 }, store);
  });
  afterEach(() => server.close());

  const person = (i: number) => ({ name: `Person ${i}`, email: `p${i}@example.com` });

  async function readAll(pageSize: number, since = '') {
    const seen: { id: string; version: number; deleted: boolean }[] = [];
    let cursor = since;
    for (;;) {
      const page = (await server.call(`/contacts/changes?since=${encodeURIComponent(cursor)}&limit=${pageSize}`)).body;
      seen.push(...page.contacts.map(({ id, version, deleted }: any) => ({ id, version, deleted })));
      cursor = page.cursor;
      if (!page.more) return { seen, cursor };
    }
  }

  describe('GET /api/v1/contacts/changes', () => {
    it('pages through changes in order and carries deletions as tombstones', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await server.call('/contacts', { method: 'POST', json: person(i) })).body.id);
      await server.call(`/contacts/${ids[1]}`, { method: 'DELETE', headers: { 'if-match': '1' } });
      const actual = (await readAll(2)).seen;
      const expected = [
        { id: ids[0], version: 1, deleted: false },
        { id: ids[2], version: 1, deleted: false },
        { id: ids[3], version: 1, deleted: false },
        { id: ids[4], version: 1, deleted: false },
        { id: ids[1], version: 2, deleted: true },
      ];
      expect(actual).toEqual(expected);
    });

    it('answers an empty page with the same cursor when nothing changed', async () => {
      await server.call('/contacts', { method: 'POST', json: person(1) });
      const { cursor } = await readAll(10);
      const actual = (await server.call(`/contacts/changes?since=${cursor}`)).body;
      expect(actual).toEqual({ contacts: [], cursor, more: false });
    });

    it('sends a page of several KB with non-ASCII names as UTF-8 JSON whose Content-Length is its length in bytes', async () => {
      const names = Array.from({ length: 30 }, (_, i) => `Zoë Łukasiewicz-Müller ${i} 日本`);
      for (const name of names) await server.call('/contacts', { method: 'POST', json: { name, email: `${names.indexOf(name)}@example.com` } });
      const response = await fetch(`${server.url}/api/v1/contacts/changes?limit=100`, { headers: { authorization: `Bearer ${server.admin}` } });
      const bytes = Buffer.from(await response.arrayBuffer());
      const page = JSON.parse(bytes.toString('utf8')) as { contacts: { name: string }[] };
      const actual = {
        type: response.headers.get('content-type'),
        length: Number(response.headers.get('content-length')),
        names: page.contacts.map((contact) => contact.name),
        severalKb: bytes.length > 4096,
      };
      expect(actual).toEqual({ type: 'application/json; charset=utf-8', length: bytes.length, names, severalKb: true });
    });

    it('refuses a cursor it did not hand out', async () => {
      const actual = await server.call('/contacts/changes?since=42');
      expect([actual.status, actual.body.error.code]).toEqual([400, 'invalid-cursor']);
    });

    it('shows a reader paging while another client writes every change once, in order (no gap, no repeat)', async () => {
      for (let i = 0; i < 300; i++) await server.call('/contacts', { method: 'POST', json: person(i) });
      const written: { id: string; version: number }[] = [];
      const writer = (async () => {
        for (let i = 300; i < 500; i++) {
          const created = (await server.call('/contacts', { method: 'POST', json: person(i) })).body;
          written.push({ id: created.id, version: 1 });
          if (i % 4 === 0) {
            const updated = (await server.call(`/contacts/${created.id}`, { method: 'PUT', json: { ...person(i), position: 'x' }, headers: { 'if-match': '1' } })).body;
            written.push({ id: updated.id, version: updated.version });
          }
        }
      })();
      const seen: { id: string; version: number }[] = [];
      let cursor = '';
      let done = false;
      void writer.then(() => (done = true));
      // Keep reading until the writer is done and a last page came back empty.
      for (;;) {
        const finished = done;
        const page = (await server.call(`/contacts/changes?since=${encodeURIComponent(cursor)}&limit=7`)).body;
        seen.push(...page.contacts.map(({ id, version }: any) => ({ id, version })));
        cursor = page.cursor;
        if (finished && !page.more) break;
      }
      const latest = new Map<string, number>();
      const pairs = seen.map(({ id, version }) => `${id}@${version}`);
      for (const { id, version } of seen) latest.set(id, Math.max(latest.get(id) ?? 0, version));
      const feed = (await readAll(5000)).seen;
      const actual = {
        repeats: pairs.length - new Set(pairs).size,
        everyContactAtItsLastVersion: feed.every(({ id, version }) => latest.get(id) === version),
        contacts: latest.size,
        writtenDuringRead: written.length > 0,
      };
      expect(actual).toEqual({ repeats: 0, everyContactAtItsLastVersion: true, contacts: 500, writtenDuringRead: true });
    });
  });
});
