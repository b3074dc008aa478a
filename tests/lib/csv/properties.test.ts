/**
 * Property tests of issue 2, section 5: ≥ 10,000 generated files and mutations never throw and always account for
 * every record; export → import of any accepted set gives the same contacts. (6,000 + 4,000 files; 1,500 round trips.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContactList } from '../../../lib/rules/check-contact-list';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import type { ImportReport } from '../../../lib/contact/contact';
import { directoryLookupFromList } from '../../../lib/contact/directory-lookup';
import { exportContactsCsv } from '../../../lib/export/export-contacts-csv';
import { hasMessage } from '../../../lib/messages/messages';

const PHONES = [
  '+33 6 12 34 56 78', '0033612345679', '+49 30 1234567', '00491222333444555', '0015551234567', '+1 (212) 555-0142',
  '06 12 34 56 78', '4.41E+11', '+33 6', '+999 123', '+44 20 7946 0958', '+33.1.40.00.00.00', 'abc', '00 800 1234 5678',
];
const TRICKY = ['', ' ', ',', ';', '"', '""', '\n', '\r\n', '\t', '=1+1', "'=x", '+', '-', '@', 'é', 'ß', '😀', '\u00a0'];

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...TRICKY),
  fc.tuple(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }), fc.constantFrom(...TRICKY)).map((parts) => parts.join('')),
);
const email = fc.oneof(fc.emailAddress(), fc.constantFrom('ann@example.com', 'ANN@example.com', 'bad@', ''), text);
const phone = fc.oneof(fc.constantFrom(...PHONES), fc.constant(''), fc.stringMatching(/^(\+|00)?[0-9 .()-]{0,16}$/));
const row = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.oneof(fc.constantFrom('Ann Lee', 'ann  lée', 'Bob'), text), text, email, phone, phone, phone) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom([''], ['  '], ['', '', '', '', '', '']) },
);
const HEADERS = [
  'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2',
  'nom-contact,poste,e-mail,téléphone-travail,téléphone-facultatif-1,téléphone-facultatif-2,',
];
const csvSpec = fc.record({
  header: fc.constantFrom(...HEADERS),
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  utf16: fc.boolean(),
  rows: fc.array(row, { maxLength: 25 }),
});

type Spec = typeof csvSpec extends fc.Arbitrary<infer T> ? T : never;

function cell(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Serialises with RFC 4180 quoting; every row ends with the line break, so the file has exactly rows.length records. */
function serialise(spec: Spec): Uint8Array {
  const lines = [spec.header.replaceAll(',', spec.delimiter), ...spec.rows.map((r) => r.map((c) => cell(c, spec.delimiter)).join(spec.delimiter))];
  const content = lines.map((line) => line + spec.eol).join('');
  if (spec.utf16) {
    const units = [0xfeff, ...Array.from({ length: content.length }, (_, i) => content.charCodeAt(i))];
    return new Uint8Array(new Uint16Array(units).buffer);
  }
  const bytes = new TextEncoder().encode(content);
  return spec.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}

const existing = directoryLookupFromList([{ id: 'c1', name: 'Ann Lee', email: 'ann@example.com', phones: [{ type: 'work', number: '+33612345678' }] }]);

/** Lines of every accounted record; each record appears once. */
function accountedLines(report: ImportReport): number[] {
  return [...report.contacts, ...report.updates, ...report.rejected, ...report.duplicates].map((item) => item.line);
}

/** Invariants every report keeps, whatever the input. */
function wellFormed(report: ImportReport): boolean {
  const codes = [...report.rejected, ...report.warnings, ...report.duplicates].map((item) => item.code);
  if (report.error) codes.push(report.error.code);
  const lines = accountedLines(report);
  const messages = [...report.rejected, ...report.warnings, ...report.duplicates].every((item) => item.message.length > 0);
  const shape = report.ok ? report.error === null : report.error !== null && lines.length === 0 && report.blank === 0;
  return shape && messages && codes.every(hasMessage) && new Set(lines).size === lines.length && lines.every((line) => line >= 2);
}

describe('checkContactsCsv on generated files', () => {
  it('never throws and accounts for every record of 6,000 generated files', () => {
    fc.assert(
      fc.property(csvSpec, fc.constantFrom('skip', 'update') as fc.Arbitrary<'skip' | 'update'>, (spec, onDuplicate) => {
        const report = checkContactsCsv({ name: 'gen.csv', bytes: serialise(spec) }, { existing, onDuplicate });
        const records = spec.rows.length;
        const blank = spec.rows.filter((r) => r.every((c) => c.trim() === '')).length;
        const accounted = accountedLines(report).length + report.blank;
        const expectedOutcome = records === blank ? 'no-contacts' : records;
        expect({ wellFormed: wellFormed(report), outcome: report.ok ? accounted : report.error?.code }).toEqual({ wellFormed: true, outcome: expectedOutcome });
      }),
      { numRuns: 6000 },
    );
  });

  it('never throws on 4,000 mutated files (bytes flipped, inserted, deleted, truncated)', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.constantFrom(0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x00, 0xff, 0xc3, 0x09, 0x20) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), byte: fc.constant(0) }),
    );
    fc.assert(
      fc.property(csvSpec, fc.array(mutation, { minLength: 1, maxLength: 6 }), (spec, mutations) => {
        const bytes = [...serialise(spec)];
        for (const m of mutations) {
          const at = bytes.length === 0 ? 0 : m.at % bytes.length;
          if (m.kind === 'set') bytes[at] = m.byte;
          else if (m.kind === 'insert') bytes.splice(at, 0, m.byte);
          else if (m.kind === 'delete') bytes.splice(at, m.byte);
          else bytes.length = at;
        }
        const report = checkContactsCsv({ name: 'mutated.csv', bytes: new Uint8Array(bytes) }, { existing });
        expect(wellFormed(report)).toEqual(true);
      }),
      { numRuns: 4000 },
    );
  });
});

describe('export → import', () => {
  const contactInput = fc.record({
    name: fc.oneof(text, fc.constantFrom('=cmd', '+1', "'-x", 'Zoë "Z", Jr')),
    position: fc.option(text, { nil: undefined }),
    email: fc.option(fc.emailAddress(), { nil: undefined }),
    phones: fc.array(fc.record({ type: fc.constantFrom('work', 'other'), number: fc.constantFrom(...PHONES) }), { maxLength: 3 }),
  });

  it('gives back the same contacts for 1,500 accepted sets', () => {
    fc.assert(
      fc.property(fc.array(contactInput, { maxLength: 15 }), (items) => {
        const accepted = checkContactList(items).contacts.map(({ line: _, ...contact }) => contact);
        const csv = exportContactsCsv(accepted);
        const reimported = checkContactsCsv({ name: 'export.csv', bytes: new TextEncoder().encode(csv) });
        const actual = reimported.ok ? reimported.contacts.map(({ line: _, ...contact }) => contact) : [];
        expect(actual).toEqual(accepted);
      }),
      { numRuns: 1500 },
    );
  });
});
