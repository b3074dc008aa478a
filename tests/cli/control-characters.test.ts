import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER } from '../fixtures/contacts';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';

/** Runs `company-contacts …` as a real process (async: the in-process server must keep answering meanwhile). */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// A crafted file (issue 9, defect 7): its name clears the screen and rings the bell, one email retitles the terminal
// window (OSC 0 … BEL), another holds a carriage return that would overwrite the report's line. Enough valid lines
// around them that the file is still judged text. Those two lines are refused by the control-character rule (defect 6),
// whose message quotes the value escaped already; the file name reaches the output only through the CLI's escaping.
const RETITLE = 'x\u001b]0;pwned\u0007@example.com';
const OVERWRITE = 'y\r\u001b[2K@example.com';
const NAME = 'crafted\u001b[2J\u0007.csv';
const lines = [HEADER, ...Array.from({ length: 40 }, (_, i) => `Person ${i},,p${i}@example.com,,,`), `Bad One,,"${RETITLE}",,,`, `Bad Two,,"${OVERWRITE}",,,`];

let server: TestServer;
let dir: string;
let path: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'cli-controls-'));
  path = join(dir, NAME);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Control characters other than the line breaks that separate the report's own lines. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

describe.concurrent('human output of check and import', () => {
  it('check shows the control characters of the file name and values escaped, on the lines they belong to', async () => {
    const { code, stdout } = await cli(['check', path]);
    const actual = {
      code,
      raw: RAW_CONTROL.test(stdout),
      head: stdout.split('\n')[0]?.startsWith('crafted\\u001b[2J\\u0007.csv: accepted.'),
      retitle: stdout.includes('x\\u001b]0;pwned\\u0007@example.c'),
      overwrite: stdout.split('\n').some((line) => line.includes('"y\\u000a\\u001b[2k@example.com"')),
    };
    expect(actual).toEqual({ code: 0, raw: false, head: true, retitle: true, overwrite: true });
  });

  it('import shows the server answer escaped the same way', async () => {
    const { code, stdout, stderr } = await cli(['import', path, '--server', server.url, '--token', server.admin, '--dry-run']);
    const actual = {
      code,
      stderr,
      raw: RAW_CONTROL.test(stdout),
      head: stdout.split('\n')[0]?.startsWith('crafted\\u001b[2J\\u0007.csv: dry run'),
      retitle: stdout.includes('x\\u001b]0;pwned\\u0007@example.c'),
    };
    expect(actual).toEqual({ code: 0, stderr: '', raw: false, head: true, retitle: true });
  });

  it('check --json keeps the values exact', async () => {
    const { code, stdout } = await cli(['check', path, '--json']);
    const report = JSON.parse(stdout) as { file: string; rejected: { field: string; code: string }[] };
    const actual = { code, file: report.file, rejected: report.rejected.map((problem) => [problem.field, problem.code]) };
    const expected = { code: 0, file: NAME, rejected: [['email', 'control-character'], ['email', 'control-character']] };
    expect(actual).toEqual(expected);
  });
});
