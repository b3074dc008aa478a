/** One timed 1,000-line import of `npm run bench:server`: the HTTP round trip of POST /imports, committed. */
import { performance } from 'node:perf_hooks';
import { LINES, seedCsv } from './seed-csv';

/** Imports seed batch `batch` (new contacts); the time from sending to the committed answer, ms. */
export async function importBatch(api: string, auth: Record<string, string>, batch: number): Promise<number> {
  const body = seedCsv(batch); // built before the clock starts: the figure is the server's, not this generator's
  const started = performance.now();
  const response = await fetch(`${api}/imports?file=batch-${batch}.csv`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body });
  const report = (await response.json()) as { counts?: { created: number } };
  if (response.status !== 201 || report.counts?.created !== LINES) throw new Error(`import ${batch} failed: ${response.status} ${JSON.stringify(report).slice(0, 300)}`);
  return performance.now() - started;
}

/**
 * The verdict line of three imports in a row: judged on their median, as a benchmark discards its warm-up run. The
 * first one after the server's start is the slowest in every run (its write path and the writer's page cache are
 * cold), so it is printed, and said when it alone is over the goal.
 */
export function describeImports(label: string, times: number[], goal: number, verdict: (ok: boolean) => string): string {
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const first = times[0]!;
  return (
    `${label}, ${times.length} in a row: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms — ${verdict(median <= goal)} (≤ ${goal} ms)` +
    (first > goal ? `; the first after the server's start, ${first.toFixed(0)} ms, is over it` : '')
  );
}
