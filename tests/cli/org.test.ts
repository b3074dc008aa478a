/**
 * `org create`, `org list` and `token … --org` (issue 10), on both stores: an organisation made from the command line
 * gets tokens the server accepts for that organisation only; an unknown organisation is one clear line and exit 1.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../fixtures/run-cli';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('company-contacts org', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({}, store);
  });
  afterEach(() => server.close());

  it('creates an organisation, gives it tokens the server accepts for it, and lists it with its counts', async () => {
    const created = await runCli(['org', 'create', 'acme', '--db', server.db]);
    const token = await runCli(['token', 'create', '--name', 'alice', '--role', 'admin', '--org', 'acme', '--db', server.db]);
    const secret = token.stdout.trim();
    await server.call('/contacts', { method: 'POST', token: secret, json: { name: 'Acme Person', email: 'person@acme.example' } });
    const me = (await server.call('/me', { token: secret })).body;
    const tokens = await runCli(['token', 'list', '--org', 'acme', '--db', server.db]);
    const revoked = await runCli(['token', 'revoke', 'alice', '--org', 'acme', '--db', server.db]);
    const listed = await runCli(['org', 'list', '--db', server.db]);
    const actual = {
      created: [created.code, created.stderr.includes('Organisation "acme" created')],
      token: [token.code, /^cc_[\w-]{43}$/u.test(secret)],
      me: [me.name, me.organisation.name],
      tokens: tokens.stdout.split('\n').filter(Boolean).map((line) => line.split('\t').slice(0, 2)),
      revoked: [revoked.code, (await server.call('/me', { token: secret })).status, (await server.call('/me')).status],
      listed: listed.stdout.split('\n').filter(Boolean).map((line) => line.split('\t').filter((_field, index) => index !== 1)),
    };
    expect(actual).toEqual({
      created: [0, true],
      token: [0, true],
      me: ['alice', 'acme'],
      tokens: [['alice', 'admin']],
      revoked: [0, 401, 200],
      listed: [
        ['default', '0 contacts', '2 active tokens'],
        ['acme', '1 contact', '0 active tokens'],
      ],
    });
  }, 60_000);

  it('says so in one line, exit 1, for an unknown organisation or a name taken', async () => {
    const unknown = await runCli(['token', 'create', '--name', 'bob', '--role', 'member', '--org', 'nope', '--db', server.db]);
    const listUnknown = await runCli(['token', 'list', '--org', 'nope', '--db', server.db]);
    const taken = await runCli(['org', 'create', 'default', '--db', server.db]);
    const badName = await runCli(['org', 'create', 'two words', '--db', server.db]);
    const line = (result: { code: number | null; stdout: string; stderr: string }) => [result.code, result.stdout, result.stderr.trim().split('\n').length];
    expect({
      unknown: [...line(unknown), unknown.stderr.includes('no organisation named "nope"')],
      listUnknown: line(listUnknown),
      taken: [...line(taken), taken.stderr.includes('already exists')],
      badName: [...line(badName), badName.stderr.includes('"two words" is not allowed')],
    }).toEqual({ unknown: [1, '', 1, true], listUnknown: [1, '', 1], taken: [1, '', 1, true], badName: [1, '', 1, true] });
  }, 60_000);
});
