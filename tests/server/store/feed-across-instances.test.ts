/**
 * The change feed across server processes, at the scale of issue 10: two real server processes on one database,
 * four writers spread over both (one creating, editing and deleting through each instance; one importing through
 * each, the second with `onDuplicate=update` on files that overlap the first's), and a reader paging the feed the
 * whole time, asking each instance in turn. At the end the reader's view equals the database read behind the
 * servers' back, and no change was seen twice or out of order. Once per `npm test`; `npm run test:concurrency` runs
 * it 20 times (CONTACTS_FEED_RUNS=20), each run carrying on from the last one's database, cursor and view.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvHeaderLine } from '../../../lib/csv/csv-columns';
import { type Instances, startInstances } from '../../fixtures/spawn-instances';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const RUNS = Number(process.env.CONTACTS_FEED_RUNS) || 1;
const EDITS = 12;
const IMPORTS = 4;
const IMPORT_LINES = 15;

type Change = { id: string; version: number; deleted: boolean };

describeStores('the change feed read across two server processes while four writers change the directory', (store) => {
  let database: TestDatabase;
  let running: Instances;
  beforeAll(async () => {
    database = await createTestDatabase(store);
    running = await startInstances(database.db, 2, { CONTACTS_RATE_LIMIT: '1000000' });
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    await database.drop();
  });

  async function call(base: string, apiPath: string, init: { method?: string; json?: unknown; body?: string; headers?: Record<string, string> } = {}) {
    const response = await fetch(`${base}/api/v1${apiPath}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${running.admin}`,
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.json === undefined ? init.body : JSON.stringify(init.json),
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  /** Creates, edits one in three, deletes one in four: every answer that is not the expected status is a failure. */
  async function editor(base: string, name: string, run: number, failures: string[]) {
    for (let i = 0; i < EDITS; i++) {
      const email = `${name}-${run}-${i}@example.com`;
      const created = await call(base, '/contacts', { method: 'POST', json: { name: `${name} ${run}-${i}`, email } });
      if (created.status !== 201) failures.push(`${name} create ${created.status}`);
      let version = 1;
      if (i % 3 === 0) {
        const edited = await call(base, `/contacts/${created.body.id}`, { method: 'PUT', json: { name: `${name} ${run}-${i} edited`, email }, headers: { 'if-match': '1' } });
        if (edited.status !== 200) failures.push(`${name} edit ${edited.status}`);
        version = 2;
      }
      if (i % 4 === 0) {
        const removed = await call(base, `/contacts/${created.body.id}`, { method: 'DELETE', headers: { 'if-match': String(version) } });
        if (removed.status !== 200) failures.push(`${name} delete ${removed.status}`);
      }
    }
  }

  /** Imports files of IMPORT_LINES lines; `offset` shifts the lines, so two importers overlap on some emails. */
  async function importer(base: string, run: number, offset: number, onDuplicate: 'skip' | 'update', failures: string[]) {
    for (let file = 0; file < IMPORTS; file++) {
      const lines = [csvHeaderLine('en')];
      for (let i = 0; i < IMPORT_LINES; i++) {
        const n = file * IMPORT_LINES + i + offset;
        lines.push(`Imported ${run}-${n} ${onDuplicate},Engineer,imported-${run}-${n}@example.com,,,`);
      }
      const answer = await call(base, `/imports?file=run-${run}-${file}.csv&onDuplicate=${onDuplicate}`, {
        method: 'POST',
        body: `${lines.join('\r\n')}\r\n`,
        headers: { 'content-type': 'text/csv' },
      });
      if (answer.status !== 201) failures.push(`import ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    }
  }

  it(`lets a reader alternating instances see every change once, in order, and end with the database (${RUNS} run${RUNS > 1 ? 's' : ''})`, async () => {
    const [a, b] = running.instances.map((instance) => instance.url) as [string, string];
    let cursor = '';
    const view = new Map<string, Change>();
    for (let run = 0; run < RUNS; run++) {
      const failures: string[] = [];
      let done = false;
      const writers = Promise.all([
        editor(a, 'ann', run, failures),
        editor(b, 'bob', run, failures),
        importer(a, run, 0, 'skip', failures),
        importer(b, run, IMPORT_LINES / 3, 'update', failures),
      ]).finally(() => (done = true));
      const seen: Change[] = [];
      for (let page = 0; ; page++) {
        const finished = done;
        const answer = await call(page % 2 === 0 ? a : b, `/contacts/changes?since=${encodeURIComponent(cursor)}&limit=7`);
        if (answer.status !== 200) failures.push(`feed ${answer.status}`);
        for (const { id, version, deleted } of answer.body.contacts as Change[]) {
          seen.push({ id, version, deleted });
          view.set(id, { id, version, deleted });
        }
        cursor = answer.body.cursor;
        if (finished && !answer.body.more) break;
      }
      await writers;
      const pairs = seen.map(({ id, version }) => `${id}@${version}`);
      // Within a run each contact must come back only at a higher version: the feed never goes back in time.
      const lastVersion = new Map<string, number>();
      let backwards = 0;
      for (const { id, version } of seen) {
        if ((lastVersion.get(id) ?? 0) >= version) backwards++;
        lastVersion.set(id, version);
      }
      const rows = await queryDatabase(database.db, 'SELECT id, version, deleted FROM contacts');
      const stored = rows.map((row) => `${String(row.id)}@${Number(row.version)}:${Boolean(row.deleted)}`).sort();
      const viewed = [...view.values()].map(({ id, version, deleted }) => `${id}@${version}:${deleted}`).sort();
      const actual = { run, failures, repeats: pairs.length - new Set(pairs).size, backwards, viewEqualsDatabase: JSON.stringify(viewed) === JSON.stringify(stored) };
      expect(actual).toEqual({ run, failures: [], repeats: 0, backwards: 0, viewEqualsDatabase: true });
    }
    // Each run: 2 × EDITS contacts by hand, and the union of both importers' lines.
    expect(view.size).toBe(RUNS * (2 * EDITS + IMPORTS * IMPORT_LINES + IMPORT_LINES / 3));
  }, RUNS * 30_000 + 30_000);
});
