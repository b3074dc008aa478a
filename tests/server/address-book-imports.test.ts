/** POST /imports of what people export (issue 13): a Google Contacts CSV and a vCard file, on both stores. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/imports/${name}`, import.meta.url)), 'utf8');

describeStores('address-book imports', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ maxContacts: 1000, defaultCountry: 'FR' }, store);
  });
  afterEach(() => server.close());

  const post = (body: string, contentType: string, query: string) =>
    server.call(`/imports${query}`, { method: 'POST', body, headers: { 'content-type': contentType } });
  const storedNames = async () =>
    (await server.call('/contacts/changes?limit=5000')).body.contacts.filter((c: any) => !c.deleted).map((c: any) => c.name).sort();

  describe('POST /api/v1/imports', () => {
    it('imports a Google Contacts CSV, saying it read google-csv and how, with the dropped values as warnings', async () => {
      const answer = await post(fixture('google-current.csv'), 'text/csv', '?file=google.csv');
      const actual = {
        status: answer.status,
        format: answer.body.format,
        variant: answer.body.mapping?.variant,
        counts: answer.body.counts,
        warnings: answer.body.warnings.map((w: any) => w.code),
        stored: await storedNames(),
      };
      expect(actual).toEqual({
        status: 201,
        format: 'google-csv',
        variant: 'google-current',
        counts: { created: 4, updated: 0, duplicates: 0, rejected: 0, blank: 0 },
        warnings: ['email-not-imported', 'email-not-imported', 'phone-not-imported', 'email-not-imported'],
        stored: ['Acme Reception', 'Ana María López', 'Bob Martin', 'Chloé Durand'],
      });
    });

    it('imports a vCard sent as text/vcard without a file name', async () => {
      const answer = await post(fixture('phone-2.1.vcf'), 'text/vcard; charset=utf-8', '');
      const actual = { status: answer.status, format: answer.body.format, file: answer.body.file, stored: await storedNames() };
      expect(actual).toEqual({ status: 201, format: 'vcard', file: 'contacts.vcf', stored: ['François Lévesque', 'Jürgen Müller'] });
    });

    it('imports a .vcf file name sent as text/csv as vCard', async () => {
      const answer = await post(fixture('apple-3.0.vcf'), 'text/csv', '?file=apple.vcf&dryRun=true');
      expect({ status: answer.status, format: answer.body.format, created: answer.body.counts.created }).toEqual({ status: 200, format: 'vcard', created: 2 });
    });

    it('refuses a text/vcard body without a card with 422 and the not-vcard report', async () => {
      const answer = await post('hello\n', 'text/vcard', '?file=empty.vcf');
      expect({ status: answer.status, code: answer.body.error?.code, format: answer.body.format }).toEqual({ status: 422, code: 'not-vcard', format: 'vcard' });
    });
  });
});
