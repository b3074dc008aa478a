/**
 * Issue 9, defect 6: the JSON API stored names and positions holding NUL, ESC, BEL or backspace, which the CSV
 * importer refuses, so the directory's own export did not import again. Now the API refuses them with the rule every
 * other way in applies (lib/rules/control-characters.ts), and whatever it accepts survives export then import.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactFields } from '../../lib/contact/contact';
import { checkContactsCsv } from '../../lib/csv/check-contacts-csv';
import { exportContactsCsv } from '../../lib/export/export-contacts-csv';
import { validateContact } from '../../lib/rules/validate-contact';
import { maria, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('control characters', (store) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, store);
  });
  afterAll(() => server.close());

  const CONTROLS = { NUL: '\u0000', ESC: '\u001b', BEL: '\u0007', backspace: '\b' };
  const cases = Object.entries(CONTROLS).flatMap(([label, c]) => [
    [label, 'name', { ...maria, name: `Maria${c} Beck` }],
    [label, 'position', { ...maria, position: `Head${c} of Sales` }],
  ] as const);

  /** What a refused write answers, and whether the directory holds anything afterwards. */
  function refusal(answer: { status: number; body: any }) {
    const rejected = answer.body?.error?.rejected?.[0];
    return { status: answer.status, code: answer.body?.error?.code, rule: rejected?.code, field: rejected?.field };
  }

  describe('POST /api/v1/contacts with a control character', () => {
    it.each(cases)('answers 400 control-character for %s in the %s', async (_, field, json) => {
      const answer = await server.call('/contacts', { method: 'POST', json });
      const changes = await server.call('/contacts/changes');
      const expected = { status: 400, code: 'control-character', rule: 'control-character', field: field === 'name' ? 'contact-name' : 'position' };
      expect({ ...refusal(answer), stored: changes.body.contacts.length }).toEqual({ ...expected, stored: 0 });
    });
  });

  describe('PUT /api/v1/contacts/:id with a control character', () => {
    it.each(cases)('answers 400 control-character for %s in the %s and keeps the contact as it was', async (_, field, json) => {
      const created = await server.call('/contacts', { method: 'POST', json: { ...maria, email: `put-${_}-${field}@example.com`, phones: [] } });
      const answer = await server.call(`/contacts/${created.body.id}`, { method: 'PUT', json: { ...json, email: created.body.email, phones: [] }, headers: { 'if-match': '1' } });
      const after = await server.call(`/contacts/${created.body.id}`);
      const expected = { status: 400, code: 'control-character', rule: 'control-character', field: field === 'name' ? 'contact-name' : 'position' };
      expect({ ...refusal(answer), version: after.body.version, name: after.body.name }).toEqual({ ...expected, version: 1, name: 'Maria Beck' });
    });
  });

  describe('a directory the server accepts, exported then imported', () => {
    /** Text of any kind: every UTF-16 unit (controls, lone surrogates), CSV-risky characters, letters of any script. */
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(...'=+-@\'",;\t\r\n \u00a0\u2028éß😀\u202b\u200fA'.split('')), maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    );
    const numbers = ['+33612345678', '+4930123456', '+12125550100', '+442079460958', '+491222333444555', '+81312345678'];
    const input = fc.record({ name: text, position: fc.option(text, { nil: undefined }), phones: fc.subarray(numbers, { maxLength: 3 }) });

    it('gives back the same contacts (500 directories)', () => {
      fc.assert(
        fc.property(fc.array(input, { maxLength: 8 }), fc.boolean(), (inputs, withEmail) => {
          // What POST /contacts would store: the server's own rule (validateContact), then distinct contacts (no
          // duplicates: a unique email each, or phones no other contact holds).
          const used = new Set<string>();
          const directory: ContactFields[] = [];
          inputs.forEach((item, i) => {
            const phones = item.phones.filter((n) => !used.has(n)).map((number, k) => ({ type: k === 0 ? 'work' : 'other', number }));
            const email = withEmail || phones.length === 0 ? `person-${i}@example.com` : undefined;
            const result = validateContact({ name: item.name, position: item.position, email, phones });
            if (!result.ok) return;
            directory.push(result.contact);
            for (const phone of result.contact.phones) used.add(phone.number);
          });
          fc.pre(directory.length > 0);
          const csv = exportContactsCsv(directory);
          const report = checkContactsCsv({ name: 'export.csv', bytes: new TextEncoder().encode(csv) }, { maxContacts: 100 });
          const actual = { ok: report.ok, error: report.error?.code, rejected: report.rejected.map((p) => p.code), contacts: report.contacts.map(({ line: _, ...fields }) => fields) };
          expect(actual).toEqual({ ok: true, error: undefined, rejected: [], contacts: directory });
        }),
        { numRuns: 500 },
      );
    });
  });
});
