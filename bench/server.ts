/**
 * `npm run bench:server [-- --store postgres]` (issues 3 and 10): the directory server under load, on loopback, one
 * run. `--store postgres` runs PostgreSQL beside SQLite (SQLite first, then PostgreSQL, each on a fresh database),
 * then the many-organisations part; without it, SQLite only. For each store:
 *  1. Seeds 100,000 contacts (100 batches of 1,000, three phones each) straight into the database, in bulk, as the
 *     store writes them (bench/server/seed-*.ts), then checks them through the API: the feed answers exactly them,
 *     and a dry-run import finds each line of a batch again by email and by name and phone (verify-seed.ts).
 *  2. A full first pull of the 100,000 contacts through the change feed, in pages of 5,000 (time).
 *  3. The floor: a bare Fastify route answering, from memory, the very bytes of the page measured next
 *     (bench/server/floor-server.ts), under the same load, taking turns with step 4 (three rounds of half the
 *     duration each; the verdict is on the median round's ratio).
 *  4. Change-feed load (10 connections): the page a client catching up reads (the latest 100 changes, 100 contacts),
 *     then the same page through a second server process with the page cache off (a figure), then the page every
 *     up-to-date client polls (empty). Goals: server CPU per request ≤ 2× the floor on SQLite, ≤ 3× on PostgreSQL
 *     (issue 10), p99 ≤ 20 ms; ≥ 3,000 req/s on SQLite (issue 3).
 *  5. Three more 1,000-line imports committed into the 100,000, one after the other (HTTP round trip), judged on
 *     their median (the first after the server's start is its warm-up, printed). Goal ≤ 200 ms on SQLite (issue 3),
 *     ≤ 300 ms on PostgreSQL (issue 10).
 *  6. PostgreSQL only: a second server process on the same database; the same 10 connections split 5 + 5 over both.
 * Then, with `--store postgres`: 1,000 organisations of 1,000 contacts in one PostgreSQL database, and one of them
 * through a server (bench/server/bench-organisations.ts).
 * CPU per request is read from /proc (the server process; on PostgreSQL, its backends beside it): requests/s on this
 * shared machine moves with the other work on it, CPU per request much less. Durability is not traded for these
 * figures: SQLite commits with WAL + synchronous = FULL, PostgreSQL with its defaults (fsync on commit).
 *
 * Options, for A/B measurements (the default run above is the figure of record):
 *   --quick          100 organisations instead of 1,000 and 3 s per load run: a smoke run, not figures of record
 *   --feed-only      only steps 1–4 (and 6, and the many-organisations part): no import is timed
 *   --duration S     seconds per load run (default 10)
 *   --organisations N  organisations of 1,000 contacts in the many-organisations part (default 1,000)
 *   --skip-sqlite, --skip-organisations  leave out the SQLite part, or the many-organisations part
 *   --server-flag F  a Node flag for the server processes (repeatable), e.g. --server-flag=--cpu-prof
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { benchOrganisations } from './server/bench-organisations';
import { benchStore } from './server/bench-store';
import { seedBatches } from './server/seed-contacts';
import type { StoreKind } from '../server/store/open-store';

const { values: options } = parseArgs({
  options: {
    store: { type: 'string', default: 'sqlite' },
    quick: { type: 'boolean', default: false },
    'feed-only': { type: 'boolean', default: false },
    'skip-sqlite': { type: 'boolean', default: false },
    'skip-organisations': { type: 'boolean', default: false },
    duration: { type: 'string' },
    organisations: { type: 'string' },
    'server-flag': { type: 'string', multiple: true, default: [] },
  },
});
if (options.store !== 'sqlite' && options.store !== 'postgres') throw new Error(`--store takes sqlite or postgres (PostgreSQL beside SQLite), not "${options.store}"`);
const kinds: StoreKind[] = options.store === 'postgres' ? (options['skip-sqlite'] ? ['postgres'] : ['sqlite', 'postgres']) : ['sqlite'];
const duration = Number(options.duration ?? (options.quick ? 3 : 10));
const organisations = Number(options.organisations ?? (options.quick ? 100 : 1000));
if (!(duration > 0)) throw new Error(`--duration takes a number of seconds above 0, not "${options.duration}"`);
if (!Number.isInteger(organisations) || organisations < 2) throw new Error(`--organisations takes a whole number of at least 2, not "${options.organisations}"`);

const loadAtStart = loadavg()[0]!;
const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
const report: string[] = [];
const started = performance.now();
try {
  // The same seed for every part: 100 batches of 1,000 contacts, checked once by the import rules.
  const seedTime = new Date();
  const batches = seedBatches(100, seedTime.toISOString());
  for (const kind of kinds) {
    report.push(
      `— ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} — (load average ${loadavg()[0]!.toFixed(1)})`,
      ...(await benchStore({ kind, batches, seedTime, dir, feedOnly: options['feed-only'], duration, nodeFlags: options['server-flag'] })),
    );
  }
  if (kinds.includes('postgres') && !options['skip-organisations']) {
    report.push(
      `— ${(organisations * 1000).toLocaleString('en')} contacts across ${organisations.toLocaleString('en')} organisations (PostgreSQL) — (load average ${loadavg()[0]!.toFixed(1)})`,
      ...(await benchOrganisations({ organisations, batches, seedTime, duration, nodeFlags: options['server-flag'] })),
    );
  }
  console.log(
    [
      `Machine: ${availableParallelism()} cores, shared without pinning by this load generator (autocannon, one event loop), the server process(es) ` +
        `and the database; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end; ` +
        `whole run ${((performance.now() - started) / 1000).toFixed(0)} s${options.quick ? ' (--quick: not figures of record)' : ''}`,
      ...report,
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
