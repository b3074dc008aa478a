import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_EXAMPLE } from '../fixtures/contacts';
import { runCli } from '../fixtures/run-cli';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';


let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('company-contacts token', () => {
  it('without --db uses data/contacts.sqlite under the current folder: create makes it and says so, list refuses a missing one', async () => {
    const folder = fs.mkdtempSync(path.join(server.dir, 'elsewhere-'));
    const listed = await runCli(['token', 'list'], folder);
    const listedMade = fs.existsSync(path.join(folder, 'data'));
    const created = await runCli(['token', 'create', '--name', 'ci-bot', '--role', 'admin'], folder);
    const db = path.join(folder, 'data', 'contacts.sqlite');
    const actual = {
      listed: [listed.code, listed.stderr.includes(`no database at ${db}`), listedMade],
      created: [created.code, /^cc_[\w-]{43}\n$/.test(created.stdout), created.stderr.includes(`no database at ${db}: created a new one`), fs.existsSync(db)],
      knownToServer: (await server.call('/me', { token: created.stdout.trim() })).status,
    };
    expect(actual).toEqual({ listed: [1, true, false], created: [0, true, true, true], knownToServer: 401 });
  });

  it('creates a token printed alone on stdout, lists it with its expiry, last use and devices, and revokes it with its devices', async () => {
    const created = await runCli(['token', 'create', '--name', 'ci-bot', '--role', 'member', '--db', server.db]);
    const token = created.stdout.trim();
    const me = (await server.call('/me', { token })).body;
    const device = (await server.call('/tokens', { method: 'POST', token, json: { name: 'ci-bot-runner', role: 'member' } })).body;
    const listed = await runCli(['token', 'list', '--db', server.db]);
    const revoked = await runCli(['token', 'revoke', 'ci-bot', '--db', server.db]);
    const after = [(await server.call('/me', { token })).status, (await server.call('/me', { token: device.secret })).status];
    const actual = {
      created: [created.code, /^cc_[\w-]{43}\n$/.test(created.stdout)],
      me,
      listed: listed.stdout
        .split('\n')
        .filter((line) => line.startsWith('ci-bot'))
        .map((line) => line.split('\t').map((field) => field.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/u, 'TIME'))),
      revoked: [revoked.code, revoked.stderr.trim(), after],
    };
    expect(actual).toEqual({
      created: [0, true],
      me: { name: 'ci-bot', role: 'member', organisation: { id: 'default', name: 'default' }, rules: { maxContacts: 1000, defaultCountry: null } },
      listed: [
        ['ci-bot', 'member', 'created TIME', 'never expires', 'last used TIME', 'active', ''],
        ['ci-bot-runner', 'member', 'created TIME', 'never expires', 'never used', 'active', 'device of ci-bot'],
      ],
      revoked: [0, 'Token "ci-bot" revoked (and its device tokens "ci-bot-runner"): refused from now on.', [401, 401]],
    });
  });

  it('creates a token that expires on --expires (a date is midnight UTC, a date-time keeps its zone), as list and the API show', async () => {
    const dated = await runCli(['token', 'create', '--name', 'until-june', '--role', 'member', '--expires', '2099-06-30', '--db', server.db]);
    const offset = await runCli(['token', 'create', '--name', 'until-noon', '--role', 'member', '--expires', '2099-06-30T12:00:00+02:00', '--db', server.db]);
    const listed = await runCli(['token', 'list', '--db', server.db]);
    const expiries = (await server.call('/tokens')).body.tokens as { name: string; expiresAt: string | null }[];
    const actual = {
      codes: [dated.code, offset.code, listed.code],
      listed: listed.stdout
        .split('\n')
        .filter((line) => line.startsWith('until-'))
        .map((line) => line.split('\t')[3] ?? ''),
      api: expiries.filter((token) => token.name.startsWith('until-')).map((token) => [token.name, token.expiresAt]),
      works: (await server.call('/me', { token: dated.stdout.trim() })).status,
    };
    expect(actual).toEqual({
      codes: [0, 0, 0],
      listed: ['expires 2099-06-30T00:00:00.000Z', 'expires 2099-06-30T10:00:00.000Z'],
      api: [
        ['until-june', '2099-06-30T00:00:00.000Z'],
        ['until-noon', '2099-06-30T10:00:00.000Z'],
      ],
      works: 200,
    });
  });

  it('refuses a bad or past --expires (2) with a message naming the value and the fix, and creates nothing', async () => {
    const words = await runCli(['token', 'create', '--name', 'bad-date', '--role', 'member', '--expires', 'next week', '--db', server.db]);
    const noZone = await runCli(['token', 'create', '--name', 'bad-date', '--role', 'member', '--expires', '2099-01-01T00:00:00', '--db', server.db]);
    const past = await runCli(['token', 'create', '--name', 'bad-date', '--role', 'member', '--expires', '2020-01-01', '--db', server.db]);
    const names = ((await server.call('/tokens')).body.tokens as { name: string }[]).map((token) => token.name);
    const firstLine = (stderr: string) => stderr.split('\n')[0] ?? '';
    const actual = {
      codes: [words.code, noZone.code, past.code],
      stdout: [words.stdout, noZone.stdout, past.stdout],
      words: firstLine(words.stderr),
      noZone: firstLine(noZone.stderr),
      past: firstLine(past.stderr).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/u, 'NOW'),
      usage: words.stderr.includes('[--expires DATE]'),
      created: names.includes('bad-date'),
    };
    expect(actual).toEqual({
      codes: [2, 2, 2],
      stdout: ['', '', ''],
      words:
        '--expires "next week" is not an ISO 8601 date, or date-time with its time zone: write e.g. --expires 2027-01-31 (midnight UTC) or --expires 2027-01-31T18:00:00+01:00, or leave it out for a token that never expires.',
      noZone: expect.stringContaining('--expires "2099-01-01T00:00:00" is not an ISO 8601 date'),
      past: '--expires "2020-01-01" is not in the future (it is now NOW): give a later date, or leave --expires out for a token that never expires.',
      usage: true,
      created: false,
    });
  });

  it('refuses a bad role (2) and a taken name (1) with a message', async () => {
    const badRole = await runCli(['token', 'create', '--name', 'x', '--role', 'owner', '--db', server.db]);
    const taken = await runCli(['token', 'create', '--name', 'alice', '--role', 'admin', '--db', server.db]);
    const actual = [badRole.code, badRole.stdout, badRole.stderr.includes('"owner"'), taken.code, taken.stderr.includes('"alice"')];
    expect(actual).toEqual([2, '', true, 1, true]);
  });
});

describe('company-contacts import and export --server', () => {
  it('imports a CSV file through the API, then exports the directory as CSV without deleted contacts', async () => {
    const file = path.join(server.dir, 'guide.csv');
    fs.writeFileSync(file, GUIDE_EXAMPLE);
    const doomed = (await server.call('/contacts', { method: 'POST', json: { name: 'Gone', email: 'gone@example.com' } })).body;
    await server.call(`/contacts/${doomed.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
    const imported = await runCli(['import', file, '--server', server.url, '--token', server.admin, '--json']);
    const exported = await runCli(['export', '--server', server.url, '--token', server.member, '--format', 'csv']);
    const actual = {
      imported: [imported.code, JSON.parse(imported.stdout).counts.created],
      exported: exported.stdout.replace(/^\uFEFF/, '').trim().split('\r\n'),
    };
    const expected = {
      imported: [0, 2],
      exported: [
        'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2',
        'John Smith,Sécurité,jhon-smith@email.com,0049 1222333444555,,',
        'Maria Beck,,maria.beck@email.com,001 555 123 4567,001 555 999 9123,',
      ],
    };
    expect(actual).toEqual(expected);
  });

  it('says why when the server refuses (member token) and when it is unreachable', async () => {
    const file = path.join(server.dir, 'one.csv');
    fs.writeFileSync(file, GUIDE_EXAMPLE);
    const member = await runCli(['import', file, '--server', server.url, '--token', server.member]);
    const down = await runCli(['export', '--server', 'http://127.0.0.1:9', '--token', server.admin, '--format', 'vcard']);
    const actual = [member.code, member.stderr.includes('403 forbidden'), down.code, down.stderr.includes('Is the server running?')];
    expect(actual).toEqual([1, true, 1, true]);
  });

  it('prints a dry run without writing', async () => {
    const file = path.join(server.dir, 'dry.csv');
    fs.writeFileSync(file, `${GUIDE_EXAMPLE.split('\n')[0]}\nNew Person,,new.person@example.com,,,\n`);
    const before = (await server.call('/contacts/changes?limit=5000')).body.contacts.length;
    const dry = await runCli(['import', file, '--server', server.url, '--token', server.admin, '--dry-run']);
    const after = (await server.call('/contacts/changes?limit=5000')).body.contacts.length;
    expect([dry.code, dry.stdout.startsWith('dry.csv: dry run, nothing written. Would create 1'), after - before]).toEqual([0, true, 0]);
  });
});

