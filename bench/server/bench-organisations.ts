/**
 * The many-organisations part of `npm run bench:server -- --store postgres` (issue 10): 1,000 organisations of 1,000
 * contacts in one PostgreSQL database, and the figures of one of them (in the middle of the table), through one
 * server process that has not seen the others. Goals: its feed page p99 ≤ 20 ms, its full first pull (1,000
 * contacts) ≤ 100 ms, its 1,000-line import ≤ 300 ms. Also the seed time and the database's size.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createToken } from '../../server/auth/tokens';
import { openPostgresStore } from '../../server/store/postgres/open-postgres-store';
import { createTestDatabase } from '../../tests/fixtures/test-databases';
import { verdict } from './bench-store';
import { backendPids, databaseBytes, megabytes } from './database-figures';
import { fullPull, latestHundred } from './feed-pages';
import { describeImports, importBatch } from './import-batch';
import { describeLoad, measureLoad } from './measure-load';
import type { SeedContact } from './seed-contacts';
import { seedPostgres, type SeedOrganisation } from './seed-postgres';
import { startBenchServer } from './spawn-bench-process';
import { verifySeed } from './verify-seed';

interface Options {
  organisations: number;
  batches: SeedContact[][];
  seedTime: Date;
  duration: number;
  nodeFlags: string[];
}

/** A token of organisation `orgId`, made as `token create --org` makes it. */
async function orgToken(db: string, orgId: string): Promise<string> {
  const store = await openPostgresStore({ url: db, now: () => new Date().toISOString() });
  try {
    return await createToken(store.forOrg(orgId), 'bench', 'admin', new Date().toISOString());
  } finally {
    await store.close();
  }
}

export async function benchOrganisations({ organisations: count, batches, seedTime, duration, nodeFlags }: Options): Promise<string[]> {
  const database = await createTestDatabase('postgres');
  const db = database.db;
  // Organisation k holds seed batch k mod the batches there are: 1,000 contacts, its seqs 1 … 1,000.
  const organisations: SeedOrganisation[] = Array.from({ length: count }, (_, k) => ({
    id: randomUUID(),
    name: `bench-${String(k).padStart(4, '0')}`,
    batches: [k % batches.length],
  }));
  const total = count * batches[0]!.length;
  const lines: string[] = [];
  try {
    const seedStarted = performance.now();
    const { vacuumMs } = await seedPostgres(db, batches, organisations, seedTime);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const size = await databaseBytes(db);
    lines.push(
      `Seed: ${total.toLocaleString('en')} contacts across ${count.toLocaleString('en')} organisations written straight into PostgreSQL: ` +
        `${seedSeconds.toFixed(1)} s (of which VACUUM ANALYZE + CHECKPOINT ${(vacuumMs / 1000).toFixed(1)} s); database ${megabytes(size)}`,
    );

    const measured = organisations[Math.floor(count / 2)]!;
    const batch = measured.batches[0]!;
    const token = await orgToken(db, measured.id);
    const server = await startBenchServer(db, nodeFlags, token);
    const auth = { authorization: `Bearer ${token}` };
    const api = `${server.url}/api/v1`;
    try {
      const firstWriteMs = await verifySeed(api, auth, batches[batch]!, batch);
      const pulls: number[] = [];
      let pull = await fullPull(api, auth);
      pulls.push(pull.ms);
      for (let i = 0; i < 4; i++) pulls.push((pull = await fullPull(api, auth)).ms);
      // Judged on the median of 5: on this shared machine one pull in five can wait 100 ms or more for a core.
      const medianPull = [...pulls].sort((a, b) => a - b)[2]!;
      // Its first pull is one page (1,000 < 5,000): the page of its latest 100 changes is 900 changes in.
      const probe = await latestHundred(api, auth, '', 9);
      const load = await measureLoad({
        targets: [{ url: `${api}${probe.path}`, pid: server.child.pid! }],
        headers: auth,
        connections: 10,
        duration,
        databasePids: () => backendPids(db),
      });
      const times = [
        await importBatch(api, auth, batches.length + batch),
        await importBatch(api, auth, batches.length * 2 + batch),
        await importBatch(api, auth, batches.length * 3 + batch),
      ];
      lines.push(
        `Organisation ${measured.name} (${pull.contacts} contacts), one server process:`,
        `  First write transaction after start (a dry-run import of 1,000 lines, loading its look-up index): ${firstWriteMs.toFixed(0)} ms`,
        `  Full first pull, ${pull.contacts} contacts in ${pull.pages} page: median of 5 ${medianPull.toFixed(0)} ms (${pulls.map((ms) => ms.toFixed(0)).join(', ')}) — ` +
          `${verdict(medianPull <= 100 && pull.contacts === batches[batch]!.length)} (≤ 100 ms)`,
        `  Change feed, page of its latest ${probe.contacts} changes (more=${probe.more}), 10 connections, ${duration} s: ${describeLoad(load)}`,
        `    → p99 ${load.p99} ms: ${verdict(load.p99 <= 20 && load.non2xx === 0 && load.errors === 0)} (≤ 20 ms)`,
        `  ${describeImports(`1,000-line import committed into its ${pull.contacts} contacts`, times, 300, verdict)}`,
      );
    } finally {
      await server.stop();
    }
    return lines;
  } finally {
    await database.drop();
  }
}
