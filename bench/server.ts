/**
 * `npm run bench:server [-- --store postgres]` (issues 3 and 10): the directory server under load, on loopback, one
 * run. `--store postgres` runs PostgreSQL beside SQLite (SQLite first, then PostgreSQL, each on a fresh database);
 * without it, SQLite only. For each store:
 *  1. Seeds 100,000 contacts through the API (100 imports of 1,000 lines, three phones each).
 *  2. A full first pull of the 100,000 contacts through the change feed, in pages of 5,000 (time).
 *  3. The floor: a bare Fastify route answering, from memory, the very bytes of the page measured next
 *     (bench/server/floor-server.ts), under the same load.
 *  4. Change-feed load (10 connections, 10 s): the page a client catching up reads (the latest 100 changes, 100
 *     contacts), then the page every up-to-date client polls (empty). Goals: CPU per request ≤ 2× the floor on
 *     SQLite, ≤ 3× on PostgreSQL (issue 10), p99 ≤ 20 ms; ≥ 3,000 req/s on SQLite (issue 3).
 *  5. One more 1,000-line import committed into the 100,000 (HTTP round trip). Goal ≤ 200 ms on SQLite (issue 3),
 *     ≤ 300 ms on PostgreSQL (issue 10).
 *  6. PostgreSQL only: a second server process on the same database; the same 10 connections split 5 + 5 over both.
 * CPU per request is read from /proc (the server process; on PostgreSQL, its backends beside it): requests/s on this
 * shared machine moves with the other work on it, CPU per request much less. Durability is not traded for these
 * figures: SQLite commits with WAL + synchronous = FULL, PostgreSQL with its defaults (fsync on commit).
 *
 * Options, for A/B measurements (the default run above is the figure of record):
 *   --db FILE        SQLite: use and keep this database, seeded on the first run only (PostgreSQL: always a fresh one)
 *   --feed-only      only steps 2–4 (and 6): no import is timed
 *   --duration S     seconds per load run (default 10)
 *   --server-flag F  a Node flag for the server processes (repeatable), e.g. --server-flag=--cpu-prof
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createToken } from '../server/auth/tokens';
import type { StoreKind } from '../server/store/open-store';
import { openSqliteStore } from '../server/store/sqlite/open-sqlite-store';
import { DEFAULT_ORGANISATION_ID } from '../server/store/store';
import { benchStore } from './server/bench-store';

const { values: options } = parseArgs({
  options: {
    store: { type: 'string', default: 'sqlite' },
    db: { type: 'string' },
    'feed-only': { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    'server-flag': { type: 'string', multiple: true, default: [] },
  },
});
if (options.store !== 'sqlite' && options.store !== 'postgres') throw new Error(`--store takes sqlite or postgres (PostgreSQL beside SQLite), not "${options.store}"`);
const kinds: StoreKind[] = options.store === 'postgres' ? ['sqlite', 'postgres'] : ['sqlite'];

/** A token for a SQLite database kept between runs (the server prints one on its first start only). */
async function benchToken(db: string): Promise<string> {
  const store = openSqliteStore({ file: db, now: () => new Date().toISOString() });
  try {
    return await createToken(store.forOrg(DEFAULT_ORGANISATION_ID), `bench-${Date.now()}`, 'admin', new Date().toISOString());
  } finally {
    await store.close();
  }
}

const loadAtStart = loadavg()[0]!;
const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
const kept = options.db !== undefined && existsSync(options.db);
// The timed imports would add contacts to a kept database (and fail as duplicates on the next run).
if (kept && !options['feed-only']) throw new Error(`${options.db} is already seeded: reuse it with --feed-only, or pass a new --db file`);
const report: string[] = [];
try {
  for (const kind of kinds) {
    const sqlite = kind === 'sqlite' ? { file: options.db ?? join(dir, 'contacts.sqlite'), token: kept ? await benchToken(options.db!) : undefined } : undefined;
    report.push(
      `— ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} —`,
      ...(await benchStore({ kind, sqlite, seeded: kind === 'sqlite' && kept, dir, feedOnly: options['feed-only'], duration: Number(options.duration), nodeFlags: options['server-flag'] })),
    );
  }
  if (kinds.includes('postgres')) {
    // TODO(2026-12-02, issue 10): "1,000,000 contacts across 1,000 organisations in one PostgreSQL: one
    // organisation's feed page p99 ≤ 20 ms, its full first pull (1,000 contacts) ≤ 100 ms, its 1,000-line import
    // ≤ 300 ms; the seed time and database size." Organisations exist now; this part of the bench is not written yet.
    // Not measured, so not reported as met.
    report.push('— 1,000,000 contacts across 1,000 organisations (PostgreSQL) — NOT MEASURED: this part of the bench is not written yet (issue 10)');
  }
  console.log(
    [
      `Machine: ${availableParallelism()} cores, shared by this load generator (autocannon, one event loop), the server process(es) and the database; ` +
        `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
      ...report,
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
