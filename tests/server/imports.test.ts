import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GUIDE_EXAMPLE, HEADER } from '../fixtures/contacts';
import { csvOf, maria, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('imports', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ maxContacts: 1000 }, store);
  });
  afterEach(() => server.close());

  const csvHeaders = { 'content-type': 'text/csv' };
  const importCsv = (text: string, query = '?file=contacts.csv', headers: Record<string, string> = {}) =>
    server.call(`/imports${query}`, { method: 'POST', body: text, headers: { ...csvHeaders, ...headers } });
  const stored = async () => (await server.call('/contacts/changes?limit=5000')).body.contacts.filter((c: any) => !c.deleted);

  describe('POST /api/v1/imports', () => {
    it("imports the users' guide example and answers the CLI report plus the import id and counts", async () => {
      const answer = await importCsv(GUIDE_EXAMPLE, '?file=guide.csv');
      const actual = {
        status: answer.status,
        importId: typeof answer.body.importId,
        counts: answer.body.counts,
        contacts: answer.body.contacts.map((c: any) => [c.line, c.name, c.phones]),
        stored: (await stored()).map((c: any) => c.name).sort(),
      };
      const expected = {
        status: 201,
        importId: 'string',
        counts: { created: 2, updated: 0, duplicates: 0, rejected: 0, blank: 0 },
        contacts: [
          [2, 'John Smith', [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }]],
          [3, 'Maria Beck', [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }, { type: 'other', number: '+15559999123', display: '+1 555 999 9123' }]],
        ],
        stored: ['John Smith', 'Maria Beck'],
      };
      expect(actual).toEqual(expected);
    });

    it('takes the file name from the X-File-Name header too, and needs one', async () => {
      const named = await importCsv(GUIDE_EXAMPLE, '', { 'x-file-name': encodeURIComponent('équipe.csv') });
      const anonymous = await importCsv(GUIDE_EXAMPLE, '');
      expect([named.status, named.body.file, anonymous.status, anonymous.body.error.code]).toEqual([201, 'équipe.csv', 400, 'file-name-required']);
    });

    it.each(['%', '%E0%A4%A', '%ZZ', 'caf%E9.csv'])('answers 400 invalid-file-name to X-File-Name %s, which is not valid percent-encoding', async (header) => {
      const answer = await importCsv(GUIDE_EXAMPLE, '', { 'x-file-name': header });
      const actual = { status: answer.status, code: answer.body.error?.code, showsValue: answer.body.error?.message.includes(`"${header}"`), stored: (await stored()).length };
      expect(actual).toEqual({ status: 400, code: 'invalid-file-name', showsValue: true, stored: 0 });
    });

    it('writes nothing on a dry run', async () => {
      const answer = await importCsv(GUIDE_EXAMPLE, '?file=guide.csv&dryRun=true');
      const actual = [answer.status, answer.body.dryRun, answer.body.importId, answer.body.counts.created, (await stored()).length];
      expect(actual).toEqual([200, true, null, 2, 0]);
    });

    it('imports a JSON list, skips duplicates by default and updates them with onDuplicate=update', async () => {
      await server.call('/contacts', { method: 'POST', json: maria });
      const skipped = await server.call('/imports', { method: 'POST', json: [{ ...maria, position: 'Achats' }, { name: 'Hans', email: 'hans@example.com' }] });
      const updated = await server.call('/imports?onDuplicate=update', { method: 'POST', json: [{ ...maria, position: 'Achats' }] });
      const actual = {
        skipped: skipped.body.counts,
        updated: updated.body.counts,
        maria: (await stored()).find((c: any) => c.name === 'Maria Beck'),
      };
      const expected = {
        skipped: { created: 1, updated: 0, duplicates: 1, rejected: 0, blank: 0 },
        updated: { created: 0, updated: 1, duplicates: 0, rejected: 0, blank: 0 },
        maria: expect.objectContaining({ version: 2, position: 'Achats' }),
      };
      expect(actual).toEqual(expected);
    });

    it('commits the accepted lines and reports the rejected ones', async () => {
      const text = `${HEADER}\nAna,,ana@example.com,,,\nBad,,not-an-email,,,\n`;
      const answer = await importCsv(text);
      expect([answer.status, answer.body.counts.created, answer.body.rejected.map((r: any) => [r.line, r.field])]).toEqual([
        201,
        1,
        [[3, 'email']],
      ]);
    });

    it('stores SQL-looking cells verbatim', async () => {
      const name = "Robert'); DROP TABLE contacts;--";
      const answer = await importCsv(`${HEADER}\n"${name}",x' OR '1'='1,bobby@example.com,,,\n`);
      const actual = (await stored()).map((c: any) => [c.name, c.position]);
      expect([answer.status, actual]).toEqual([201, [[name, "x' OR '1'='1"]]]);
    });

    it('answers 415 to a body that is neither CSV nor JSON', async () => {
      const actual = await server.call('/imports?file=a.csv', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
      expect([actual.status, actual.body.error.code]).toEqual([415, 'unsupported-media-type']);
    });

    it('refuses a malformed CSV with 422, the report and its error, and writes nothing', async () => {
      const answer = await importCsv('name;phone\nAna;123\n');
      const actual = [answer.status, answer.body.ok, answer.body.error.code, typeof answer.body.error.message, (await stored()).length];
      expect(actual).toEqual([422, false, 'not-header', 'string', 0]);
    });

    it('refuses a JSON body that is not a list with 422, and broken JSON with 400', async () => {
      const notList = await server.call('/imports', { method: 'POST', json: { name: 'Ana' } });
      const broken = await server.call('/imports', { method: 'POST', body: '[{"name":', headers: { 'content-type': 'application/json' } });
      expect([notList.status, notList.body.error.code, broken.status, broken.body.error.code]).toEqual([422, 'not-a-list', 400, 'malformed-json']);
    });

    it('refuses more contacts than the configured limit', async () => {
      const small = await startTestServer({ maxContacts: 3 }, store);
      const answer = await small.call('/imports?file=big.csv', { method: 'POST', body: csvOf(4), headers: csvHeaders });
      await small.close();
      expect([answer.status, answer.body.error.code, answer.body.error.params]).toEqual([422, 'too-many-contacts', { file: 'big.csv', count: 4, max: 3, parts: 2 }]);
    });

    it('answers 413 to a body over 2 MB', async () => {
      const big = `${HEADER}\n${`${'x'.repeat(100)},,a@example.com,,,\n`.repeat(21_000)}`;
      const actual = await importCsv(big);
      expect([actual.status, actual.body.error.code]).toEqual([413, 'body-too-large']);
    });

    it('imports once when an upload is retried with the same Idempotency-Key', async () => {
      const headers = { 'idempotency-key': 'upload-7' };
      const first = await importCsv(csvOf(20), '?file=team.csv', headers);
      const retry = await importCsv(csvOf(20), '?file=team.csv', headers);
      const actual = { same: retry.body.importId === first.body.importId, replayed: retry.headers.get('idempotent-replayed'), stored: (await stored()).length };
      expect(actual).toEqual({ same: true, replayed: 'true', stored: 20 });
    });
  });

  describe('POST /api/v1/imports/:id/undo', () => {
    it('removes what the import created, restores what it updated, and leaves contacts changed since alone', async () => {
      const existing = (await server.call('/contacts', { method: 'POST', json: maria })).body;
      const list = [{ ...maria, position: 'Achats' }, { name: 'Hans', email: 'hans@example.com' }, { name: 'Ida', email: 'ida@example.com' }];
      const batch = (await server.call('/imports?onDuplicate=update', { method: 'POST', json: list })).body;
      const ida = (await stored()).find((c: any) => c.name === 'Ida');
      await server.call(`/contacts/${ida.id}`, { method: 'PUT', json: { name: 'Ida', email: 'ida@example.com', position: 'Kept' }, headers: { 'if-match': '1' } });
      const undo = await server.call(`/imports/${batch.importId}/undo`, { method: 'POST' });
      const again = await server.call(`/imports/${batch.importId}/undo`, { method: 'POST' });
      const actual = {
        status: undo.status,
        undone: undo.body.undone.map((c: any) => [c.deleted, c.name]).sort(),
        skipped: undo.body.skipped,
        again: [again.status, again.body.error.code],
        stored: (await stored()).map((c: any) => [c.name, c.position ?? null]).sort(),
      };
      const expected = {
        status: 200,
        undone: [[false, 'Maria Beck'], [true, '']],
        skipped: [{ id: ida.id, reason: 'changed-since' }],
        again: [409, 'already-undone'],
        stored: [['Ida', 'Kept'], ['Maria Beck', null]],
      };
      expect({ ...actual, maria: (await server.call(`/contacts/${existing.id}`)).body.version }).toEqual({ ...expected, maria: 3 });
    });

    it('answers 409 when every contact of the batch changed since', async () => {
      const batch = (await server.call('/imports', { method: 'POST', json: [{ name: 'Hans', email: 'hans@example.com' }] })).body;
      const hans = (await stored())[0];
      await server.call(`/contacts/${hans.id}`, { method: 'DELETE', headers: { 'if-match': '1' } });
      const actual = await server.call(`/imports/${batch.importId}/undo`, { method: 'POST' });
      expect([actual.status, actual.body.error.code, actual.body.error.skipped]).toEqual([409, 'nothing-to-undo', [{ id: hans.id, reason: 'deleted-since' }]]);
    });

    it('answers 404 for an unknown import', async () => {
      const actual = await server.call('/imports/nope/undo', { method: 'POST' });
      expect([actual.status, actual.body.error.code]).toEqual([404, 'not-found']);
    });
  });
});
