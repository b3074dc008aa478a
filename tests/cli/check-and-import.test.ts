import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GUIDE_EXAMPLE, HEADER } from '../fixtures/contacts';

const BIN = fileURLToPath(new URL('../../bin/company-contacts.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the real installed command (bin shim → tsx → cli/main.ts). */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

// Each test spawns a process: run them side by side.
describe.concurrent('company-contacts check', () => {
  it('prints exactly one JSON object for the guide example and exits 0', async () => {
    const { code, stdout } = await cli('check', file('exemple.csv', GUIDE_EXAMPLE), '--json');
    const report = JSON.parse(stdout);
    const expected = {
      code: 0,
      file: 'exemple.csv',
      ok: true,
      error: null,
      contacts: [
        { line: 2, name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }] },
        { line: 3, name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }, { type: 'other', number: '+15559999123', display: '+1 555 999 9123' }] },
      ],
      rejected: [],
      duplicates: [],
      warnings: 3,
    };
    const { file: name, ok, error, contacts, rejected, duplicates, warnings } = report;
    expect({ code, file: name, ok, error, contacts, rejected, duplicates, warnings: warnings.length }).toEqual(expected);
  });

  it('exits 1 with ok false and an error for a refused file', async () => {
    const { code, stdout } = await cli('check', file('empty.csv', ''), '--json');
    const report = JSON.parse(stdout);
    expect({ code, ok: report.ok, error: report.error.code, contacts: report.contacts }).toEqual({ code: 1, ok: false, error: 'empty-file', contacts: [] });
  });

  it('prints a readable summary without --json, and --default-country lets national numbers in', async () => {
    const path = file('fr.csv', `${HEADER}\nJean,,,06 12 34 56 78,,\nAnn,,,+33 6,,\n`);
    const { code, stdout } = await cli('check', path, '--default-country', 'fr');
    expect({ code, stdout }).toEqual({
      code: 0,
      stdout:
        'fr.csv: accepted. 1 new contact, 0 updates, 1 rejected line, 0 duplicates, 0 blank lines, 0 warnings.\n\n' +
        'Rejected:\n  Line 3, work-phone: "+33 6" is too short to be a phone number of its country. Check that no digit is missing.\n',
    });
  });

  it('refuses a file over the limit given with --max-contacts, saying how many lines it has', async () => {
    const path = file('three.csv', `${HEADER}\nA,,a@x.test,,,\nB,,b@x.test,,,\nC,,c@x.test,,,\n`);
    const { code, stdout } = await cli('check', path, '--json', '--max-contacts', '2');
    const report = JSON.parse(stdout) as { ok: boolean; error: { code: string; message: string } | null };
    expect({ code, ok: report.ok, names3: report.error?.message.includes('3') }).toEqual({ code: 1, ok: false, names3: true });
  });

  it.each([
    [['frob'], 'Unknown command "frob".'],
    [['check', '--bogus', 'x.csv'], "Unknown option '--bogus'"],
    [['check'], 'Missing FILE.'],
    [['check', join(dir, 'missing.csv')], `File not found: ${join(dir, 'missing.csv')}`],
    [['check', 'x.csv', '--default-country', 'Q1'], 'Unknown country "Q1"'],
    [['check', 'x.csv', '--max-contacts', 'lots'], '--max-contacts "lots" is not a whole number'],
  ])('exits 2 with a clear message for the usage error %j', async (args, message) => {
    const { code, stderr } = await cli(...args);
    expect({ code, said: stderr.includes(message) }).toEqual({ code: 2, said: true });
  });
});

describe.concurrent('company-contacts export', () => {
  const list = JSON.stringify([{ id: 'c1', version: 2, name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] }]);

  it('exports a JSON list to CSV with --out', async () => {
    const out = join(dir, 'out.csv');
    const { code } = await cli('export', file('list.json', list), '--format', 'csv', '--out', out);
    expect({ code, text: readFileSync(out, 'utf8') }).toEqual({ code: 0, text: `\ufeff${HEADER}\r\nMaria Beck,,maria.beck@email.com,001 555 123 4567,,\r\n` });
  });

  it('exports a JSON list to vCard on stdout', async () => {
    const { code, stdout } = await cli('export', file('list2.json', list), '--format', 'vcard');
    expect({ code, fn: stdout.split('\r\n').find((line) => line.startsWith('FN:')) }).toEqual({ code: 0, fn: 'FN:Maria Beck' });
  });

  it('refuses an unknown format', async () => {
    const { code } = await cli('export', file('list3.json', list), '--format', 'xls');
    expect(code).toEqual(2);
  });
});
