/**
 * `npm run bench:csv` (issue 2, section 5): times checkContactsCsv on generated 1,000- and 100,000-row files
 * (three phones per line) against a floor measured in the same run — papaparse parsing the same text plus
 * libphonenumber-js (same `max` metadata, its cheapest `extract: false` parse) parsing every phone — and measures
 * the whole-process peak memory of a 100,000-row check in fresh child processes. Goals: ≤ 1.5× the floor, ≤ 50 ms
 * for 1,000 rows, ≤ 200 MB for 100,000 rows. Prints the figures and, for each goal, met or not met.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { checkContactsCsv } from '../lib/csv/check-contacts-csv';
import { generateCsv } from '../tests/fixtures/generate-csv';

function floor(text: string): number {
  const rows = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data;
  let parsed = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 3; c < 6; c++) if (parsePhoneNumberFromString(row[c] ?? '', { extract: false }) !== undefined) parsed++;
  }
  return parsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Timing {
  wall: number;
  /** CPU time of this process (user + system): less skewed than wall time on a shared, loaded machine. */
  cpu: number;
}

function measure(run: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Alternates floor and check runs so both see the same machine load; returns median milliseconds. */
function time(rows: number, runs: number, warmUps: number): { floor: Timing; check: Timing; accepted: number } {
  const text = generateCsv(rows);
  const bytes = new TextEncoder().encode(text);
  const file = { name: 'bench.csv', bytes };
  const options = { maxContacts: rows };
  let accepted = 0;
  for (let i = 0; i < warmUps; i++) floor(text), checkContactsCsv(file, options); // JIT, metadata, RegExp caches
  const floors: Timing[] = [];
  const checks: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(measure(() => floor(text)));
    checks.push(measure(() => (accepted = checkContactsCsv(file, options).contacts.length)));
  }
  const med = (list: Timing[]) => ({ wall: median(list.map((t) => t.wall)), cpu: median(list.map((t) => t.cpu)) });
  return { floor: med(floors), check: med(checks), accepted };
}

interface MemoryFigures {
  /** Whole-process peak: `process.resourceUsage().maxRSS`, in bytes. */
  peakRss: number;
  fileBytes: number;
  rssBefore: number;
  heapBefore: number;
  /** V8 heap right after the check (live report + garbage not yet collected) and its committed size. */
  heapAfter: number;
  heapTotalAfter: number;
  /** The live heap once the report is all that is left (after a full GC). */
  heapKept: number;
  accepted: number;
}

/** Child mode: reads the file and checks it in a fresh process; prints its memory figures. */
function child(path: string, rows: number): void {
  // A Buffer is a Uint8Array: no copy (a copy would add the file's size again until it is collected).
  const bytes: Uint8Array = readFileSync(path);
  globalThis.gc?.();
  const before = process.memoryUsage();
  const report = checkContactsCsv({ name: 'bench.csv', bytes }, { maxContacts: rows });
  const after = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  globalThis.gc?.();
  const kept = process.memoryUsage();
  const figures: MemoryFigures = {
    peakRss,
    fileBytes: bytes.length,
    rssBefore: before.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    heapTotalAfter: after.heapTotal,
    heapKept: kept.heapUsed,
    accepted: report.contacts.length,
  };
  console.log(JSON.stringify(figures));
}

/**
 * Peak memory of a 100,000-row check in two fresh processes: `node --import tsx` (how the CLI and the server run
 * the TypeScript), and plain `node` on an esbuild bundle of this file (no loader in memory: the check's own cost).
 */
async function memory(rows: number): Promise<{ tsx: MemoryFigures; plain: MemoryFigures }> {
  // Loaded here only: the children measure the check, not the bundler.
  const { buildSync } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
  const path = join(dir, 'bench.csv');
  const bundle = join(dir, 'bench-csv.mjs');
  try {
    writeFileSync(path, generateCsv(rows));
    const self = fileURLToPath(import.meta.url);
    // esbuild comes with tsx and vite; papaparse's CommonJS needs `require` inside an ES module bundle.
    const banner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
    buildSync({ entryPoints: [self], bundle: true, platform: 'node', format: 'esm', outfile: bundle, external: ['esbuild'], banner: { js: banner }, logLevel: 'error' });
    const run = (args: string[]): MemoryFigures => {
      const result = spawnSync(process.execPath, ['--expose-gc', ...args, '--child', path, String(rows)], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`memory child failed: ${result.stderr}`);
      return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as MemoryFigures;
    };
    return { tsx: run(['--import', 'tsx', self]), plain: run([bundle]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
}

async function main(): Promise<void> {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex !== -1) return child(process.argv[childIndex + 1] ?? '', Number(process.argv[childIndex + 2]));
  const small = time(1_000, 30, 3);
  const large = time(100_000, 3, 1);
  const mem = await memory(100_000);
  console.log('Check time against the floor (papaparse parse + libphonenumber-js parse of each phone), same run, both warm:');
  table([
    ['rows', 'floor ms', 'check ms', 'ratio', 'floor cpu ms', 'check cpu ms', 'cpu ratio', 'accepted'],
    ...([['1,000', small], ['100,000', large]] as const).map(([label, t]) => [
      label,
      fmt(t.floor.wall),
      fmt(t.check.wall),
      fmt(t.check.wall / t.floor.wall, 2),
      fmt(t.floor.cpu),
      fmt(t.check.cpu),
      fmt(t.check.cpu / t.floor.cpu, 2),
      String(t.accepted),
    ]),
  ]);
  console.log(
    `(medians: 1,000 rows over 30 runs after 3 warm-up runs, 100,000 rows over 3 after 1; floor and check alternate, so both\n` +
      ` run with warm JIT and phone metadata and see the same load; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores)`,
  );
  console.log(`\nMemory of a 100,000-row check (${fmt(mem.tsx.fileBytes / MB)} MB file) in a fresh child process:`);
  table([
    ['child', 'peak RSS MB', 'RSS before MB', 'added MB', 'heap before', 'heap after', 'heap committed', 'report kept'],
    ...([['node --import tsx', mem.tsx], ['node (esbuild bundle)', mem.plain]] as const).map(([label, m]) => [
      label,
      fmt(m.peakRss / MB),
      fmt(m.rssBefore / MB),
      fmt((m.peakRss - m.rssBefore) / MB),
      fmt(m.heapBefore / MB),
      fmt(m.heapAfter / MB),
      fmt(m.heapTotalAfter / MB),
      fmt((m.heapKept - m.heapBefore) / MB),
    ]),
  ]);
  console.log('(RSS before: node, the loader, papaparse, libphonenumber-js metadata and the file\'s bytes, before the check starts)\n');
  const goals: [string, string, boolean][] = [
    ['check ≤ 1.5× floor, 1,000 rows', `${fmt(small.check.wall / small.floor.wall, 2)}×`, small.check.wall / small.floor.wall <= 1.5],
    ['check ≤ 1.5× floor, 100,000 rows', `${fmt(large.check.wall / large.floor.wall, 2)}×`, large.check.wall / large.floor.wall <= 1.5],
    ['check ≤ 50 ms, 1,000 rows (wall, median)', `${fmt(small.check.wall)} ms`, small.check.wall <= 50],
    ['peak ≤ 200 MB, 100,000 rows, whole process (plain node child)', `${fmt(mem.plain.peakRss / MB)} MB`, mem.plain.peakRss <= 200 * MB],
    ['  same under node --import tsx (the loader: ~45 MB more)', `${fmt(mem.tsx.peakRss / MB)} MB`, mem.tsx.peakRss <= 200 * MB],
  ];
  table([['goal', 'measured', ''], ...goals.map(([goal, value, met]) => [goal, value, met ? 'met' : 'NOT met'])]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
