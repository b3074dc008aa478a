import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { HEADER, csvFile, textFile } from '../../fixtures/contacts';

const JOHN = 'John Smith,,john@example.com,+33 6 12 34 56 78,,';

function refusal(file: { name: string; bytes: Uint8Array }, options = {}) {
  const report = checkContactsCsv(file, options);
  return { ok: report.ok, code: report.error?.code, contacts: report.contacts.length };
}

describe('checkContactsCsv refuses the whole file', () => {
  it('when the name does not end in .csv', () => {
    expect(refusal(csvFile([JOHN], 'contacts.xlsx'))).toEqual({ ok: false, code: 'not-csv-name', contacts: 0 });
  });

  it('accepts .CSV in any case', () => {
    expect(refusal(csvFile([JOHN], 'CONTACTS.Csv'))).toEqual({ ok: true, code: undefined, contacts: 1 });
  });

  it('when the file is empty', () => {
    expect(refusal({ name: 'a.csv', bytes: new Uint8Array() })).toEqual({ ok: false, code: 'empty-file', contacts: 0 });
  });

  it('when the file holds only a BOM and blank lines', () => {
    expect(refusal({ name: 'a.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x0a]) })).toEqual({ ok: false, code: 'empty-file', contacts: 0 });
  });

  it('when the file is binary (an xlsx renamed .csv)', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee]);
    expect(refusal({ name: 'a.csv', bytes: zip })).toEqual({ ok: false, code: 'not-text', contacts: 0 });
  });

  it('when there is a header but no contact line', () => {
    expect(refusal(textFile(`${HEADER}\n\n  \n,,,,,\n`))).toEqual({ ok: false, code: 'no-contacts', contacts: 0 });
  });

  it('when the first line is not the header', () => {
    expect(refusal(textFile(`${JOHN}\n${JOHN}`))).toEqual({ ok: false, code: 'not-header', contacts: 0 });
  });

  it('when the header misses a column', () => {
    expect(refusal(textFile(`contact-name,position,email,work-phone,optional-phone-1\n${JOHN}`))).toEqual({ ok: false, code: 'not-header', contacts: 0 });
  });

  it('when it has more than 1,000 contact lines, saying how many and to split the file', () => {
    const lines = Array.from({ length: 1001 }, (_, i) => `Person ${i},,p${i}@example.com,,,`);
    const expected = {
      code: 'too-many-contacts',
      message: '"big.csv" has 1,001 contact lines; at most 1,000 can be imported at once. Split it into 2 files of at most 1,000 lines, each starting with the header, and import them one by one.',
    };
    const actual = checkContactsCsv(csvFile(lines, 'big.csv')).error;
    expect({ code: actual?.code, message: actual?.message }).toEqual(expected);
  });

  it('does not count blank lines toward the limit', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `Person ${i},,p${i}@example.com,,,`);
    const actual = checkContactsCsv(csvFile([...lines, '', '', ',,,,,']));
    expect({ ok: actual.ok, contacts: actual.contacts.length, blank: actual.blank }).toEqual({ ok: true, contacts: 1000, blank: 3 });
  });

  it('takes the limit as a parameter', () => {
    expect(refusal(csvFile([JOHN, 'Ann,,ann@example.com,,,', 'Bob,,bob@example.com,,,']), { maxContacts: 2 })).toEqual({
      ok: false,
      code: 'too-many-contacts',
      contacts: 0,
    });
  });
});
