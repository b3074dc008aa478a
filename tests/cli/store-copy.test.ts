/**
 * `store copy` (issue 10): a whole directory server moves between stores, both ways, and a server on the copy answers
 * exactly as the original did — same contacts with their ids, versions and feed cursors, tombstones, audit, tokens,
 * idempotency keys, undone imports, in each organisation. Running it twice duplicates nothing; a target holding
 * another directory is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/build-server';
import type { StoreKind } from '../../server/store/open-store';
import { HEADER } from '../fixtures/contacts';
import { runCli } from '../fixtures/run-cli';
import { COPY_BATCH } from '../../server/store/copy/table-access';
import { addOrganisation, csvOf, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-databases';
import { describeStores } from '../fixtures/test-stores';

/** Every answer a client of one organisation can get, read through the API (keyed by what was asked). */
async function views(base: string, token: string, importId: string) {
  const get = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
    return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as unknown };
  };
  return {
    me: await get('/me'),
    feed: await get('/contacts/changes?limit=3'),
    rest: await get(`/contacts/changes?limit=5000&since=${encodeURIComponent(((await get('/contacts/changes?limit=3')).body as { cursor: string }).cursor)}`),
    audit: await get('/audit'),
    // Newest first with a filter (issue 11): the copied before → after of each write, the imports' batches, the total.
    newest: await get('/audit?order=desc&limit=3&token=alice'),
    undoAgain: await get(`/imports/${importId}/undo`, { method: 'POST' }),
    replay: await get('/contacts', { method: 'POST', body: JSON.stringify({ name: 'Keyed', email: 'keyed@example.com' }), headers: { 'content-type': 'application/json', 'idempotency-key': 'k1' } }),
  };
}

/** Writes a bit of everything into one organisation: creates, an edit, a delete, an import and its undo, a keyed write. */
async function fill(server: TestServer, token: string, slug: string): Promise<string> {
  const call = (path: string, options: Parameters<TestServer['call']>[1] = {}) => server.call(path, { token, ...options });
  const phones = [{ type: 'work', number: '+49 30 7654321' }];
  const ann = (await call('/contacts', { method: 'POST', json: { name: `${slug} Ann`, email: `ann@${slug}.example`, phones } })).body;
  await call(`/contacts/${ann.id}`, { method: 'PUT', json: { name: `${slug} Ann Edited`, email: `ann@${slug}.example`, phones }, headers: { 'if-match': '1' } });
  const gone = (await call('/contacts', { method: 'POST', json: { name: `${slug} Gone`, email: `gone@${slug}.example` } })).body;
  await call(`/contacts/${gone.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
  const csv = `${HEADER}\r\n${slug} One,,one@${slug}.example,+49 30 1234567,,\r\n${slug} Two,,two@${slug}.example,,,\r\n`;
  const imported = (await call('/imports?file=team.csv', { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } })).body;
  await call(`/imports/${imported.importId}/undo`, { method: 'POST' });
  await call('/contacts', { method: 'POST', json: { name: 'Keyed', email: 'keyed@example.com' }, headers: { 'idempotency-key': 'k1' } });
  return imported.importId as string;
}

/** A server on `db` for the test's reads, closed by the caller. */
async function serve(db: string) {
  const app = await buildServer({ db, logLevel: 'silent', rateLimitMax: 100_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

describeStores('store copy', (from) => {
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.drop();
  });

  it.each(['sqlite', 'postgres'] as StoreKind[])(`moves a whole directory server from ${from} to %s, and a second run duplicates nothing`, async (to) => {
    const source = await startTestServer({ rateLimitMax: 100_000 }, from);
    const other = await addOrganisation(source, 'acme');
    const imports = [await fill(source, source.admin, 'dflt'), await fill(source, other.admin, 'acme')];
    const before = [await views(source.url, source.admin, imports[0]!), await views(source.url, other.admin, imports[1]!)];
    await source.app.close();
    databases.push({ db: source.db, dir: source.dir, drop: () => source.dropDatabase() });
    const target = await createTestDatabase(to);
    databases.push(target);

    const first = await runCli(['store', 'copy', '--from', source.db, '--to', target.db]);
    const second = await runCli(['store', 'copy', '--from', source.db, '--to', target.db]);
    const copy = await serve(target.db);
    // The views replay the same writes on both sides (the undo again, the keyed write), so they compare like for like.
    const after = [await views(copy.url, source.admin, imports[0]!), await views(copy.url, other.admin, imports[1]!)];
    await copy.app.close();

    const rows = (stdout: string) => Object.fromEntries([...stdout.matchAll(/^ {2}(\w+)\s+(\d+)$/gmu)].map((match) => [match[1], Number(match[2])]));
    const expectedRows = { organisations: 2, tokens: 4, contacts: 10, contact_phones: 2, imports: 2, import_items: 4, audit: 14, idempotency: 2 };
    const again = second.stdout.includes('again, over its earlier copy');
    expect({ first: [first.code, rows(first.stdout)], second: [second.code, again, rows(second.stdout)], same: after }).toEqual({
      first: [0, expectedRows],
      second: [0, true, expectedRows],
      same: before,
    });
  }, 120_000);

  it.each(['sqlite', 'postgres'] as StoreKind[])(`copies tables larger than one batch (COPY_BATCH rows) from ${from} to %s, row for row`, async (to) => {
    const source = await startTestServer({ rateLimitMax: 100_000 }, from);
    const count = COPY_BATCH + 500;
    for (let start = 0; start < count; start += 1000) {
      const lines = Math.min(1000, count - start);
      const answer = await source.call('/imports?file=big.csv', { method: 'POST', body: csvOf(lines, `P${start}x`), headers: { 'content-type': 'text/csv' } });
      expect(answer.status).toBe(201);
    }
    const feed = async (base: string) => (await fetch(`${base}/api/v1/contacts/changes?limit=5000`, { headers: { authorization: `Bearer ${source.admin}` } })).text();
    const before = await feed(source.url);
    await source.app.close();
    databases.push({ db: source.db, dir: source.dir, drop: () => source.dropDatabase() });
    const target = await createTestDatabase(to);
    databases.push(target);
    const copied = await runCli(['store', 'copy', '--from', source.db, '--to', target.db]);
    const copy = await serve(target.db);
    const after = await feed(copy.url);
    await copy.app.close();
    const contacts = (JSON.parse(after) as { contacts: unknown[] }).contacts.length;
    expect({ code: copied.code, contacts, same: after === before }).toEqual({ code: 0, contacts: count, same: true });
  }, 120_000);

  it('refuses a target that holds another directory, and writes nothing into it', async () => {
    const source = await createTestDatabase(from);
    const elsewhere = await startTestServer({}, from === 'sqlite' ? 'postgres' : 'sqlite');
    databases.push(source);
    await elsewhere.call('/contacts', { method: 'POST', json: { name: 'Kept', email: 'kept@example.com' } });
    const seed = await serve(source.db);
    await seed.app.close();
    const refused = await runCli(['store', 'copy', '--from', source.db, '--to', elsewhere.db]);
    const kept = (await elsewhere.call('/contacts/changes')).body.contacts.map((contact: { name: string }) => contact.name);
    await elsewhere.close();
    expect({ code: refused.code, message: /already holds a directory that is not a copy of .*nothing was written/u.test(refused.stderr), kept }).toEqual({
      code: 1,
      message: true,
      kept: ['Kept'],
    });
  }, 60_000);
});

describe('store copy usage', () => {
  it('needs --from and --to (2), and refuses a missing source file (1)', async () => {
    const missing = await runCli(['store', 'copy', '--from', '/nonexistent/contacts.sqlite', '--to', '/tmp/never.sqlite']);
    const usage = await runCli(['store', 'copy', '--from', 'a.sqlite']);
    expect([missing.code, /no database at \/nonexistent\/contacts\.sqlite/u.test(missing.stderr), usage.code]).toEqual([1, true, 2]);
  });
});
