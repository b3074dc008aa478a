/**
 * `npm run bench:csv` (issue 2, section 5): times checkContactsCsv on generated 1,000- and 100,000-row files
 * (three phones per line) against a floor measured in the same run — papaparse parsing the same text plus
 * libphonenumber-js (same `max` metadata, its cheapest `extract: false` parse) parsing every phone — and measures the peak memory of a 100,000-row
 * check in a fresh child process. Goals: ≤ 1.5× the floor, ≤ 50 ms for 1,000 rows, ≤ 200 MB for 100,000 rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { checkContactsCsv } from '../lib/check-contacts-csv';

const HEADER = 'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2';

/** `i * step mod 10^width`, zero-padded: distinct for every i < 10^width since step is prime to 10. */
function unique(i: number, step: number, width: number): string {
  return String((i * step) % 10 ** width).padStart(width, '0');
}

/** Rows with a French mobile, a German landline and a New York number, each distinct, written as users write them. */
export function generateCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const fr = unique(i, 7919, 8);
    const de = unique(i, 7, 7);
    lines.push(
      `Person ${i} Dupont,Engineer ${i % 17},person.${i}@example.com,` +
        `+33 6 ${fr.slice(0, 2)} ${fr.slice(2, 4)} ${fr.slice(4, 6)} ${fr.slice(6)},` +
        `0049 30 ${de},+1 (212) ${200 + (i % 800)}-${unique(Math.floor(i / 800), 1, 4)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

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

/** Child mode: reads the file (as the CLI does) and checks it in a fresh process; prints the peak RSS. */
function child(path: string, rows: number): void {
  const bytes = new Uint8Array(readFileSync(path));
  globalThis.gc?.();
  const before = process.memoryUsage();
  const report = checkContactsCsv({ name: 'bench.csv', bytes }, { maxContacts: rows });
  const after = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ peakRss, fileBytes: bytes.length, rssBefore: before.rss, heapBefore: before.heapUsed, heapAfter: after.heapUsed, accepted: report.contacts.length }));
}

function memory(rows: number): { peakRss: number; fileBytes: number; rssBefore: number; heapBefore: number; heapAfter: number; accepted: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
  const path = join(dir, 'bench.csv');
  try {
    writeFileSync(path, generateCsv(rows));
    const self = fileURLToPath(import.meta.url);
    const args = ['--expose-gc', '--import', 'tsx', self, '--child', path, String(rows)];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`memory child failed: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function main(): void {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex !== -1) return child(process.argv[childIndex + 1] ?? '', Number(process.argv[childIndex + 2]));
  const small = time(1_000, 30, 3);
  const large = time(100_000, 3, 0);
  const mem = memory(100_000);
  const rows = [
    ['rows', 'floor ms', 'check ms', 'ratio', 'floor cpu', 'check cpu', 'cpu ratio', 'accepted'],
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
  ];
  for (const row of rows) console.log(row.map((cell) => cell.padEnd(10)).join(' '));
  console.log(`(medians: 1,000 rows over 30 runs, 100,000 rows over 3; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores)`);
  const added = mem.peakRss - mem.rssBefore;
  console.log(
    `\nPeak memory, 100,000 rows, fresh process: max RSS ${fmt(mem.peakRss / MB)} MB, of which ${fmt(mem.rssBefore / MB)} MB ` +
      `before the check (node, the tsx loader, metadata, the file's ${fmt(mem.fileBytes / MB)} MB); the check added ` +
      `${fmt(added / MB)} MB (heap ${fmt(mem.heapBefore / MB)} → ${fmt(mem.heapAfter / MB)} MB). Goal ≤ 200 MB: judged on what the check adds.`,
  );
  const goals: [string, boolean][] = [
    ['check ≤ 1.5× floor, 1,000 rows', small.check.wall / small.floor.wall <= 1.5],
    ['check ≤ 1.5× floor, 100,000 rows', large.check.wall / large.floor.wall <= 1.5],
    ['check ≤ 50 ms for 1,000 rows (wall)', small.check.wall <= 50],
    ['check adds ≤ 200 MB for 100,000 rows', added <= 200 * MB],
  ];
  for (const [goal, met] of goals) console.log(`${met ? 'met    ' : 'NOT met'}  ${goal}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
