import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { exportContactsCsv } from '../../../lib/export/export-contacts-csv';
import { exportContactsVcard } from '../../../lib/export/export-contacts-vcard';
import { makeFields } from '../../fixtures/contacts';

const JOHN = makeFields({ name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }] });
const MARIA = makeFields({
  name: 'Maria Beck',
  email: 'maria.beck@email.com',
  phones: [
    { type: 'work', number: '+15551234567', display: '+1 555 123 4567' },
    { type: 'other', number: '+15559999123', display: '+1 555 999 9123' },
  ],
});

describe('exportContactsCsv', () => {
  it('writes a BOM, the six English columns and CRLF rows, phones as 00 international', () => {
    const expected =
      '\ufeffcontact-name,position,email,work-phone,optional-phone-1,optional-phone-2\r\n' +
      'John Smith,Sécurité,jhon-smith@email.com,0049 1222333444555,,\r\n' +
      'Maria Beck,,maria.beck@email.com,001 555 123 4567,001 555 999 9123,\r\n';
    expect(exportContactsCsv([JOHN, MARIA])).toEqual(expected);
  });

  it('neutralises cells starting with = + - @ tab or CR, and quotes separators and quotes', () => {
    const contacts = [
      makeFields({ name: '=HYPERLINK("http://x")', position: '+1 boss', email: undefined }),
      makeFields({ name: '@SUM(A1)', position: '-2', email: undefined }),
      makeFields({ name: "'=already", position: 'Smith, "Jr"', email: undefined }),
    ];
    const rows = exportContactsCsv(contacts).split('\r\n').slice(1, 4);
    expect(rows).toEqual([
      `"'=HYPERLINK(""http://x"")",'+1 boss,,0033 6 12 34 56 78,,`,
      "'@SUM(A1),'-2,,0033 6 12 34 56 78,,",
      `''=already,"Smith, ""Jr""",,0033 6 12 34 56 78,,`,
    ]);
  });

  it('round-trips through the importer to the same contacts', () => {
    const contacts = [JOHN, MARIA, makeFields({ name: "'=already", position: 'Smith, "Jr"\nand co', email: undefined })];
    const report = checkContactsCsv({ name: 'export.csv', bytes: new TextEncoder().encode(exportContactsCsv(contacts)) });
    expect(report.contacts.map(({ line: _, ...contact }) => contact)).toEqual([JOHN, MARIA, { ...contacts[2], position: 'Smith, "Jr" and co' }]);
  });
});

describe('exportContactsVcard', () => {
  it('writes one vCard 4.0 per contact with CRLF and tel: URIs, and no UID or REV for a contact without id', () => {
    const expected = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'PRODID:-//Company Contacts//Directory//EN',
      'FN:Maria Beck',
      'N:Beck;Maria;;;',
      'EMAIL;TYPE=work:maria.beck@email.com',
      'TEL;VALUE=uri;TYPE="work,voice":tel:+15551234567',
      'TEL;VALUE=uri;TYPE=voice:tel:+15559999123',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(exportContactsVcard([MARIA])).toEqual(expected);
  });

  it('escapes backslashes, commas, semicolons and line breaks', () => {
    const card = exportContactsVcard([makeFields({ name: 'Smith, John; \\ Jr', position: 'Head\nof IT', email: undefined, phones: [] })]);
    const lines = card.split('\r\n');
    expect([lines[3], lines[5]]).toEqual(['FN:Smith\\, John\\; \\\\ Jr', 'TITLE:Head\\nof IT']);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `TITLE:${'é'.repeat(60)}`;
    const card = exportContactsVcard([makeFields({ position: 'é'.repeat(60) })]);
    const folded = card.split('\r\n').slice(5, 7);
    const sizes = folded.map((part) => new TextEncoder().encode(part).length);
    expect({ max: Math.max(...sizes) <= 75, continuation: folded.slice(1).every((p) => p.startsWith(' ')), joined: folded.map((p, i) => (i ? p.slice(1) : p)).join('') }).toEqual({
      max: true,
      continuation: true,
      joined: line,
    });
  });
});
