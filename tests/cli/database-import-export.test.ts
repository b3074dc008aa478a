/**
 * `import FILE --db … [--org NAME]` and `export --db … [--org NAME]` (issue 10), on both stores, while the server runs
 * on the same database: the import is the server's own (report, duplicates, audit, undo), lands in the named
 * organisation only, and the running server's duplicate checks see it at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { GUIDE_EXAMPLE, HEADER } from '../fixtures/contacts';
import { runCli } from '../fixtures/run-cli';
import { addOrganisation, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('company-contacts import and export --db', (store) => {
  let server: TestServer;
  let acme: Awaited<ReturnType<typeof addOrganisation>>;
  const file = (name: string, text: string) => {
    const where = path.join(server.dir, name);
    fs.writeFileSync(where, text);
    return where;
  };
  beforeEach(async () => {
    server = await startTestServer({}, store);
    acme = await addOrganisation(server, 'acme');
  });
  afterEach(() => server.close());

  it('imports into the named organisation only, with an audit entry and an undo, and the running server sees it at once', async () => {
    const guide = file('guide.csv', GUIDE_EXAMPLE);
    // The server answers a write for acme first, so its duplicate index for acme is loaded before the CLI writes.
    await server.call('/contacts', { method: 'POST', token: acme.admin, json: { name: 'Early Bird', email: 'early@acme.example' } });
    const imported = await runCli(['import', guide, '--db', server.db, '--org', 'acme', '--json']);
    const report = JSON.parse(imported.stdout);
    const again = await runCli(['import', guide, '--db', server.db, '--org', 'acme']);
    const duplicateByApi = await server.call('/contacts', { method: 'POST', token: acme.admin, json: { name: 'Maria B.', email: 'maria.beck@email.com' } });
    const acmeNames = (await server.call('/contacts/changes?limit=100', { token: acme.admin })).body.contacts.map((contact: { name: string }) => contact.name).sort();
    const defaultCount = (await server.call('/contacts/changes?limit=100')).body.contacts.length;
    const audit = (await server.call('/audit', { token: acme.admin })).body.entries.filter((entry: { action: string }) => entry.action === 'import');
    const undone = await server.call(`/imports/${report.importId}/undo`, { method: 'POST', token: acme.admin });
    const live = (await server.call('/contacts/changes?limit=100', { token: acme.admin })).body.contacts.filter((contact: { deleted: boolean }) => !contact.deleted);
    expect({
      imported: [imported.code, report.ok, report.counts.created, report.dryRun],
      again: [again.code, again.stdout.includes('Created 0, updated 0; 2 duplicates')],
      duplicateByApi: duplicateByApi.status,
      acmeNames,
      defaultCount,
      audit: audit.map((entry: { token: string; contactIds: string[] }) => [entry.token.startsWith('cli:'), entry.contactIds.length]),
      undone: undone.status,
      live: live.map((contact: { name: string }) => contact.name),
    }).toEqual({
      imported: [0, true, 2, false],
      again: [0, true],
      duplicateByApi: 409,
      acmeNames: ['Early Bird', 'John Smith', 'Maria Beck'],
      defaultCount: 0,
      // The second import is audited too, with nothing written.
      audit: [
        [true, 2],
        [true, 0],
      ],
      undone: 200,
      live: ['Early Bird'],
    });
  }, 60_000);

  it('exports an organisation from the database exactly as the server export does', async () => {
    await runCli(['import', file('guide.csv', GUIDE_EXAMPLE), '--db', server.db, '--org', 'acme']);
    const fromDatabase = await runCli(['export', '--db', server.db, '--org', 'acme', '--format', 'csv']);
    const fromServer = await runCli(['export', '--server', server.url, '--token', acme.member, '--format', 'csv']);
    const defaultOrg = await runCli(['export', '--db', server.db, '--format', 'vcard']);
    expect({
      codes: [fromDatabase.code, fromServer.code, defaultOrg.code],
      same: fromDatabase.stdout === fromServer.stdout,
      names: fromDatabase.stdout.split('\n').slice(1, 3).map((line) => line.split(',')[0]),
      defaultOrg: defaultOrg.stdout,
    }).toEqual({ codes: [0, 0, 0], same: true, names: ['John Smith', 'Maria Beck'], defaultOrg: '' });
  }, 60_000);

  it('writes nothing for a dry run or a refused file, and says what is wrong for bad options', async () => {
    const dry = await runCli(['import', file('guide.csv', GUIDE_EXAMPLE), '--db', server.db, '--dry-run']);
    const refused = await runCli(['import', file('wrong.csv', `name;job\n${HEADER}\n`), '--db', server.db, '--json']);
    const unknownOrg = await runCli(['import', file('guide2.csv', GUIDE_EXAMPLE), '--db', server.db, '--org', 'nope']);
    const both = await runCli(['import', file('guide3.csv', GUIDE_EXAMPLE), '--db', server.db, '--server', server.url]);
    const orgThroughServer = await runCli(['export', '--server', server.url, '--token', server.admin, '--org', 'acme', '--format', 'csv']);
    const country = await runCli(['import', file('guide4.csv', GUIDE_EXAMPLE), '--db', server.db, '--default-country', 'XX']);
    const count = (await server.call('/contacts/changes?limit=100')).body.contacts.length;
    expect({
      dry: [dry.code, dry.stdout.startsWith('guide.csv: dry run, nothing written. Would create 2')],
      refused: [refused.code, JSON.parse(refused.stdout).ok],
      unknownOrg: [unknownOrg.code, unknownOrg.stderr.trim()],
      both: [both.code, both.stderr.split('\n')[0]],
      orgThroughServer: [orgThroughServer.code, orgThroughServer.stderr.split('\n')[0]],
      country: [country.code, country.stderr.split('\n')[0]],
      count,
    }).toEqual({
      dry: [0, true],
      refused: [1, false],
      unknownOrg: [1, 'There is no organisation named "nope" in this database: see the names with "org list".'],
      both: [2, 'Give either --server (import through the server) or --db (straight into its database), not both.'],
      orgThroughServer: [2, '--org is for an export from the database (--db): through --server, the token decides the organisation.'],
      country: [2, 'Unknown country "XX": give an ISO 3166 two-letter code such as FR or DE.'],
      count: 0,
    });
  }, 60_000);
});
