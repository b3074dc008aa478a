/**
 * One load run of `npm run bench:server`: autocannon on one or more servers at once (one autocannon per server, in
 * this process), with the requests/s, latency and CPU time per request of the servers (and of their PostgreSQL
 * backends, when given) over the run.
 */
import { createRequire } from 'node:module';
import { cpuBetween, cpuOf, processCpu } from './process-cpu';

interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
// autocannon ships no types; this is the slice of its API the bench uses.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  pipelining: number;
  duration: number;
}) => Promise<LoadResult>;

export interface Target {
  url: string;
  pid: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  /** The worst p99 of the servers under load. */
  p99: number;
  non2xx: number;
  errors: number;
  /** Server CPU per request, µs: the whole processes, and their main threads (the event loops). */
  cpuUs: { process: number; main: number };
  /** CPU per request of the PostgreSQL backends serving the servers, µs (when `databasePids` is given). */
  databaseCpuUs?: number;
}

/**
 * `connections` connections to each target for `duration` s, without pipelining (one request in flight per
 * connection, as real clients do), so the figure is the servers' and not a queue's.
 */
export async function measureLoad(options: {
  targets: Target[];
  headers: Record<string, string>;
  connections: number;
  duration: number;
  databasePids?: () => Promise<number[]>;
}): Promise<LoadFigures> {
  const { targets, headers, connections, duration, databasePids } = options;
  const cpuBefore = targets.map((target) => processCpu(target.pid));
  const databaseBefore = databasePids ? cpuOf(await databasePids()) : null;
  const results = await Promise.all(targets.map((target) => autocannon({ url: target.url, headers, connections, pipelining: 1, duration })));
  const cpuAfter = targets.map((target) => processCpu(target.pid));
  const databaseAfter = databasePids ? cpuOf(await databasePids()) : null;
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  const perRequest = (key: 'process' | 'main') => {
    let seconds = 0;
    for (const [index, before] of cpuBefore.entries()) {
      const after = cpuAfter[index];
      if (!before || !after) return Number.NaN;
      seconds += after[key] - before[key];
    }
    return (seconds * 1e6) / requests;
  };
  return {
    requestsPerSecond: results.reduce((sum, result) => sum + result.requests.average, 0),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    cpuUs: { process: perRequest('process'), main: perRequest('main') },
    ...(databaseBefore && databaseAfter ? { databaseCpuUs: (cpuBetween(databaseBefore, databaseAfter) * 1e6) / requests } : {}),
  };
}

/** One line of figures for the report. */
export function describeLoad(figures: LoadFigures): string {
  const database = figures.databaseCpuUs === undefined ? '' : `; its PostgreSQL backends ${figures.databaseCpuUs.toFixed(0)} µs/request`;
  return (
    `${figures.requestsPerSecond.toFixed(0)} req/s, p99 ${figures.p99} ms, p50 ${figures.p50} ms, non-2xx ${figures.non2xx}, errors ${figures.errors}; ` +
    `server CPU ${figures.cpuUs.process.toFixed(0)} µs/request (event loop thread ${figures.cpuUs.main.toFixed(0)} µs)${database}`
  );
}
