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
