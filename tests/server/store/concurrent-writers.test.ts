/**
 * Several server instances on one database (issue 10): migrations that start at once, imports of overlapping files
 * that run at once, and a reader paging the change feed while two writers change the directory through two
 * instances. Run on both stores (two SQLite connections to one file behave as two instances do).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION_ID } from '../../../server/store/store';
import { buildServer } from '../../../server/build-server';
import { openStore } from '../../../server/store/open-store';
import { migrations as postgresMigrations } from '../../../server/store/postgres/migrations';
import { migrations as sqliteMigrations } from '../../../server/store/sqlite/migrations';
import { csvOf, startTestServer, type TestServer } from '../../fixtures/server-fixture';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => new Date().toISOString();
/** Runs of the feed scenario: 5 here, 20 with `npm run test:concurrency` (CONTACTS_FEED_RUNS=20). */
const FEED_RUNS = Number(process.env.CONTACTS_FEED_RUNS) || 5;

describeStores('migrations started by several instances at once', (store) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(store);
  });
  afterEach(() => database.drop());

  it('apply each version once, and every instance opens the store', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(database.db, { now })));
    const opened = await Promise.all(stores.map(async (opened) => (await opened.forOrg(DEFAULT_ORGANISATION_ID).listTokens()).length));
    await Promise.all(stores.map((opened) => opened.close()));
    const versions = (await queryDatabase(database.db, 'SELECT version FROM schema_migrations ORDER BY version')).map((row) => Number(row.version));
    const known = (store === 'sqlite' ? sqliteMigrations : postgresMigrations).map((migration) => migration.version);
    expect({ opened, versions }).toEqual({ opened: [0, 0, 0, 0], versions: known });
  });
});

/** The first test server's database, served by one more in-process instance. */
async function secondInstance(first: TestServer) {
  const app = await buildServer({ db: first.db, logLevel: 'silent', rateLimitMax: 100_000 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { app, url };
}

describeStores('two instances writing at once', (store) => {
  let first: TestServer;
  let second: Awaited<ReturnType<typeof secondInstance>>;
  beforeEach(async () => {
    first = await startTestServer({ rateLimitMax: 100_000, maxContacts: 1000 }, store);
    second = await secondInstance(first);
  });
  afterEach(async () => {
    await second.app.close();
    await first.close();
  });

  const call = async (base: string, apiPath: string, init: { method?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${base}/api/v1${apiPath}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${first.admin}`,
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.json === undefined ? init.body : JSON.stringify(init.json),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const feed = async (base: string) => (await call(base, '/contacts/changes?limit=5000')).body.contacts as { id: string; version: number; deleted: boolean; email?: string }[];

  it('never creates two contacts with the same email from overlapping imports', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      // Lines 0–199 through one instance, 100–299 through the other: 100 emails in both files.
      const a = csvOf(200, `Round${round}`);
      const b = csvOf(300, `Round${round}`).split('\r\n').filter((_line, index) => index === 0 || index > 100).join('\r\n');
      const answers = await Promise.all([
        call(first.url, '/imports?file=a.csv&onDuplicate=skip', { method: 'POST', body: a, headers: { 'content-type': 'text/csv' } }),
        call(second.url, '/imports?file=b.csv&onDuplicate=update', { method: 'POST', body: b, headers: { 'content-type': 'text/csv' } }),
      ]);
      statuses.push(...answers.map((answer) => answer.status));
    }
    const live = (await feed(first.url)).filter((contact) => !contact.deleted);
    const emails = live.map((contact) => contact.email);
    expect({ statuses, contacts: live.length, distinctEmails: new Set(emails).size }).toEqual({
      statuses: Array(6).fill(201),
      contacts: 900,
      distinctEmails: 900,
    });
  });

  it(`lets a reader paging the feed see every change once, in order, and end with the database as it is (${FEED_RUNS} runs)`, async () => {
    const runs: unknown[] = [];
    for (let run = 0; run < FEED_RUNS; run++) {
      const failures: string[] = [];
      const writer = async (base: string, name: string) => {
        for (let i = 0; i < 20; i++) {
          const created = await call(base, '/contacts', { method: 'POST', json: { name: `${name} ${run}-${i}`, email: `${name}-${run}-${i}@example.com` } });
          if (created.status !== 201) failures.push(`create ${created.status}`);
          if (i % 3 === 0) {
            const edited = await call(base, `/contacts/${created.body.id}`, { method: 'PUT', json: { name: `${name} ${run}-${i} edited`, email: `${name}-${run}-${i}@example.com` }, headers: { 'if-match': '1' } });
            if (edited.status !== 200) failures.push(`edit ${edited.status}`);
          }
          if (i % 5 === 0) {
            const removed = await call(base, `/contacts/${created.body.id}`, { method: 'DELETE', headers: { 'if-match': i % 3 === 0 ? '2' : '1' } });
            if (removed.status !== 200) failures.push(`delete ${removed.status}`);
          }
        }
      };
      let done = false;
      const writers = Promise.all([writer(first.url, 'Ann'), writer(second.url, 'Bob')]).then(() => (done = true));
      const seen: { id: string; version: number; deleted: boolean }[] = [];
      let cursor = run === 0 ? '' : (runs.at(-1) as { cursor: string }).cursor;
      const view = new Map<string, { version: number; deleted: boolean }>(run === 0 ? [] : (runs.at(-1) as { view: [string, { version: number; deleted: boolean }][] }).view);
      // Alternate instances: the feed must agree whichever instance answers.
      for (let page = 0; ; page++) {
        const finished = done;
        const answer = (await call(page % 2 === 0 ? first.url : second.url, `/contacts/changes?since=${encodeURIComponent(cursor)}&limit=7`)).body;
        for (const { id, version, deleted } of answer.contacts) {
          seen.push({ id, version, deleted });
          view.set(id, { version, deleted });
        }
        cursor = answer.cursor;
        if (finished && !answer.more) break;
      }
      await writers;
      const pairs = seen.map(({ id, version }) => `${id}@${version}`);
      // A contact seen again must come back at a higher version: the feed never goes back in time.
      const lastVersion = new Map<string, number>();
      let backwards = 0;
      for (const { id, version } of seen) {
        if ((lastVersion.get(id) ?? 0) >= version) backwards++;
        lastVersion.set(id, version);
      }
      const database = new Map((await feed(second.url)).map(({ id, version, deleted }) => [id, { version, deleted }]));
      const result = {
        failures,
        repeats: pairs.length - new Set(pairs).size,
        backwards,
        viewEqualsDatabase: JSON.stringify([...view].sort()) === JSON.stringify([...database].sort()),
        contacts: database.size,
      };
      runs.push({ ...result, cursor, view: [...view] });
      expect(result).toEqual({ failures: [], repeats: 0, backwards: 0, viewEqualsDatabase: true, contacts: 40 * (run + 1) });
    }
  }, FEED_RUNS * 10_000);
});
