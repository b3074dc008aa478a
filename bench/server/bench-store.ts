/** Every figure of `npm run bench:server` for one store (see bench/server.ts), as report lines with their goals. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { StoreKind } from '../../server/store/open-store';
import { createTestDatabase, postgresAdminUrl } from '../../tests/fixtures/test-databases';
import { fullPull, latestHundred } from './feed-pages';
import { describeLoad, measureLoad } from './measure-load';
import { LINES, seedCsv } from './seed-csv';
import { startBenchServer, startFloorServer } from './spawn-bench-process';

const BATCHES = 100;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

interface Options {
  kind: StoreKind;
  /** SQLite: the file, and a token when it is kept from an earlier run. */
  sqlite?: { file: string; token?: string };
  seeded: boolean;
  dir: string;
  feedOnly: boolean;
  duration: number;
  nodeFlags: string[];
}

/** PIDs of the PostgreSQL backends connected to `database` (the servers' pools). */
async function backendPids(database: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    const rows = (await client.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database])).rows;
    return rows.map((row: { pid: number }) => row.pid);
  } finally {
    await client.end();
  }
}

export async function benchStore({ kind, sqlite, seeded, dir, feedOnly, duration, nodeFlags }: Options): Promise<string[]> {
  const postgres = kind === 'postgres' ? await createTestDatabase('postgres') : null;
  const db = postgres?.db ?? sqlite!.file;
  const databasePids = postgres ? () => backendPids(new URL(postgres.db).pathname.slice(1)) : undefined;
  const server = await startBenchServer(db, nodeFlags, sqlite?.token);
  const auth = { authorization: `Bearer ${server.token}` };
  const api = `${server.url}/api/v1`;
  const lines: string[] = [];
  try {
    async function importBatch(batch: number): Promise<number> {
      const body = seedCsv(batch); // built before the clock starts: the figure is the server's, not this generator's
      const started = performance.now();
      const response = await fetch(`${api}/imports?file=batch-${batch}.csv`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body });
      const report = (await response.json()) as { counts?: { created: number } };
      if (response.status !== 201 || report.counts?.created !== LINES) throw new Error(`import ${batch} failed: ${response.status} ${JSON.stringify(report).slice(0, 300)}`);
      return performance.now() - started;
    }

    const seedStarted = performance.now();
    const seedTimes: number[] = [];
    if (!seeded) for (let batch = 0; batch < BATCHES; batch++) seedTimes.push(await importBatch(batch));
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const pull = await fullPull(api, auth);
    if (pull.contacts !== BATCHES * LINES) throw new Error(`the database holds ${pull.contacts} contacts, not ${BATCHES * LINES}: pass a new --db file`);
    const probe = await latestHundred(api, auth, pull.lastPageStart);

    const pageFile = join(dir, `page-${kind}.json`);
    writeFileSync(pageFile, probe.bytes);
    const floorServer = await startFloorServer(pageFile);
    const floor = await measureLoad({ targets: [{ url: `${floorServer.url}/api/v1${probe.path}`, pid: floorServer.child.pid! }], headers: auth, connections: 10, duration });
    await floorServer.stop();
    const self = { url: `${api}${probe.path}`, pid: server.child.pid! };
    const load = await measureLoad({ targets: [self], headers: auth, connections: 10, duration, databasePids });
    const idle = await measureLoad({ targets: [{ ...self, url: `${api}/contacts/changes?since=${encodeURIComponent(pull.endCursor)}&limit=100` }], headers: auth, connections: 10, duration, databasePids });

    const times = (kind === 'sqlite' ? 2 : 3) as number;
    const ratio = load.cpuUs.process / floor.cpuUs.process;
    const feedOk = ratio <= times && load.p99 <= 20 && (kind === 'postgres' || load.requestsPerSecond >= 3000);
    lines.push(
      ...(seeded ? [] : [`Seed: 100,000 contacts in ${BATCHES} imports of ${LINES} lines: ${seedSeconds.toFixed(1)} s (median import ${[...seedTimes].sort((a, b) => a - b)[Math.floor(seedTimes.length / 2)]!.toFixed(0)} ms)`]),
      `Full first pull: ${pull.contacts} contacts in ${pull.pages} pages of 5,000: ${pull.ms.toFixed(0)} ms`,
      `Floor (bare Fastify, the same ${probe.bytes.length} bytes from memory), 10 connections, ${duration} s: ${describeLoad(floor)}`,
      `Change feed, page of the latest ${probe.contacts} changes (more=${probe.more}), 10 connections, ${duration} s: ${describeLoad(load)}`,
      `  → CPU ${ratio.toFixed(2)}× the floor, p99 ${load.p99} ms: ${verdict(feedOk)} (≤ ${times}× the floor, p99 ≤ 20 ms${kind === 'sqlite' ? ', ≥ 3,000 req/s' : ''})`,
      `Change feed, up-to-date poll (empty page), 10 connections, ${duration} s: ${describeLoad(idle)}`,
    );
    if (!feedOnly) {
      const goal = kind === 'sqlite' ? 200 : 300;
      const importMs = await importBatch(BATCHES);
      // Two more, to show the spread on a shared machine (the goal is judged on the first one).
      const later = [await importBatch(BATCHES + 1), await importBatch(BATCHES + 2)];
      lines.push(
        `1,000-line import committed into 100,000 contacts: ${importMs.toFixed(0)} ms — ${verdict(importMs <= goal)} (≤ ${goal} ms); ` +
          `the next two: ${later.map((ms) => ms.toFixed(0)).join(' ms, ')} ms`,
      );
    }
    if (postgres) {
      const second = await startBenchServer(db, nodeFlags, server.token);
      try {
        const two = await measureLoad({
          targets: [self, { url: `${second.url}/api/v1${probe.path}`, pid: second.child.pid! }],
          headers: auth,
          connections: 5,
          duration,
          databasePids,
        });
        lines.push(
          `Two instances, 10 connections split 5 + 5, ${duration} s: ${describeLoad(two)}`,
          `  → ${(two.requestsPerSecond / load.requestsPerSecond).toFixed(2)}× the requests/s of one instance (${load.requestsPerSecond.toFixed(0)}), ` +
            `p99 ${two.p99} ms vs ${load.p99} ms: a figure, no goal. On this machine the load generator, both servers and PostgreSQL share ` +
            `the same cores, so a second instance only gets what the first leaves idle; with the database and the load on other machines it would add a core's worth.`,
        );
      } finally {
        await second.stop();
      }
    }
    return lines;
  } finally {
    await server.stop();
    await postgres?.drop();
  }
}
