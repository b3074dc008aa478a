import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { HEADER, textFile } from '../../fixtures/contacts';

const JOHN = 'John Smith,Sécurité,john@example.com,+33 6 12 34 56 78,,';
const JOHN_CONTACT = { line: 2, name: 'John Smith', position: 'Sécurité', email: 'john@example.com', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] };

function bytesFile(bytes: number[] | Uint8Array, name = 'contacts.csv') {
  return { name, bytes: new Uint8Array(bytes) };
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return new Uint8Array(out);
}

describe('checkContactsCsv recognises the header', () => {
  it.each([
    ['the French header', 'nom-contact,poste,e-mail,téléphone-travail,téléphone-facultatif-1,téléphone-facultatif-2'],
    ['case, accents, spaces and _ ignored', 'Contact Name, POSITION ,E_mail,Work_Phone,optional phone 1,OPTIONAL-PHONE-2'],
    ['French without accents, in capitals', 'NOM CONTACT,POSTE,EMAIL,TELEPHONE TRAVAIL,TELEPHONE FACULTATIF 1,TELEPHONE FACULTATIF 2'],
    ['one trailing empty column', `${HEADER},`],
    ['quoted header cells', HEADER.split(',').map((cell) => `"${cell}"`).join(',')],
  ])('with %s', (_, header) => {
    const actual = checkContactsCsv(textFile(`${header}\n${JOHN}`)).contacts;
    expect(actual).toEqual([JOHN_CONTACT]);
  });

  it('refuses two trailing columns', () => {
    expect(checkContactsCsv(textFile(`${HEADER},,\n${JOHN}`)).error?.code).toEqual('not-header');
  });
});

describe('checkContactsCsv reads the encodings of spreadsheets', () => {
  it('UTF-8 with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${HEADER}\n${JOHN}`)]);
    expect(checkContactsCsv(bytesFile(bytes)).contacts).toEqual([JOHN_CONTACT]);
  });

  it('UTF-16 little-endian with a BOM', () => {
    expect(checkContactsCsv(bytesFile(utf16(`${HEADER}\r\n${JOHN}\r\n`, false))).contacts).toEqual([JOHN_CONTACT]);
  });

  it('UTF-16 big-endian with a BOM', () => {
    expect(checkContactsCsv(bytesFile(utf16(`${HEADER}\r\n${JOHN}\r\n`, true))).contacts).toEqual([JOHN_CONTACT]);
  });

  it('text that is not valid UTF-8 as Windows-1252 (Excel on Windows)', () => {
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    // "Sécurité" and "Zoë" in Windows-1252: é = 0xE9, ë = 0xEB.
    const bytes = [...ascii(`${HEADER}\r\nZo`), 0xeb, ...ascii(',S'), 0xe9, ...ascii('curit'), 0xe9, ...ascii(',zoe@example.com,,,\r\n')];
    const expected = [{ line: 2, name: 'Zoë', position: 'Sécurité', email: 'zoe@example.com', phones: [] }];
    expect(checkContactsCsv(bytesFile(bytes)).contacts).toEqual(expected);
  });
});

describe('checkContactsCsv splits lines and fields', () => {
  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('with %s when the header uses them', (_, separator) => {
    const text = `${HEADER.replaceAll(',', separator)}\n${JOHN.replaceAll(',', separator)}`;
    expect(checkContactsCsv(textFile(text)).contacts).toEqual([JOHN_CONTACT]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('with %s line ends', (_, eol) => {
    const text = [HEADER, JOHN, 'Ann Lee,,ann@example.com,,,', ''].join(eol);
    expect(checkContactsCsv(textFile(text)).contacts.map((c) => [c.line, c.name])).toEqual([
      [2, 'John Smith'],
      [3, 'Ann Lee'],
    ]);
  });

  it('with RFC 4180 quotes: separators, doubled quotes and line breaks inside, lines still counted', () => {
    const text = `${HEADER}\n"Smith, John","Head of ""Security""\nand Safety",john@example.com,+33612345678,,\nAnn Lee,,ann@example.com,,,`;
    const expected = [
      { line: 2, name: 'Smith, John', position: 'Head of "Security" and Safety', email: 'john@example.com', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] },
      { line: 4, name: 'Ann Lee', email: 'ann@example.com', phones: [] },
    ];
    expect(checkContactsCsv(textFile(text)).contacts).toEqual(expected);
  });

  it('rejects a line with an unclosed quote, keeping the lines before it', () => {
    const report = checkContactsCsv(textFile(`${HEADER}\nAnn Lee,,ann@example.com,,,\n"John Smith,,john@example.com,,,\nBob,,bob@example.com,,,`));
    expect({ contacts: report.contacts.map((c) => c.line), rejected: report.rejected.map((r) => [r.line, r.code]) }).toEqual({
      contacts: [2],
      rejected: [[3, 'bad-quotes']],
    });
  });

  it('accepts 7 fields when the 7th is empty (the guide trailing comma), rejects other counts', () => {
    const report = checkContactsCsv(textFile(`${HEADER}\n${JOHN},\n${JOHN},extra\nAnn,,ann@example.com,,\nBob,,bob@example.com,,,,,`));
    const expected = { contacts: [2], rejected: [[3, 'wrong-field-count', 7], [4, 'wrong-field-count', 5], [5, 'wrong-field-count', 8]] };
    expect({ contacts: report.contacts.map((c) => c.line), rejected: report.rejected.map((r) => [r.line, r.code, r.params?.count]) }).toEqual(expected);
  });

  it('counts blank lines (empty, spaces, empty fields) and does not report a final line break as a line', () => {
    const report = checkContactsCsv(textFile(`${HEADER}\n\n${JOHN}\n   \n,,,,,\n`));
    expect({ contacts: report.contacts.map((c) => c.line), blank: report.blank }).toEqual({ contacts: [3], blank: 3 });
  });
});

describe('checkContactsCsv reads the reason column of a rejected-lines file (issue 5)', () => {
  it.each([
    ['English', `${HEADER},reason`],
    ['French, in capitals', 'NOM-CONTACT,POSTE,E-MAIL,TÉLÉPHONE-TRAVAIL,TÉLÉPHONE-FACULTATIF-1,TÉLÉPHONE-FACULTATIF-2,Raison'],
    ['semicolons', `${HEADER.replaceAll(',', ';')};"Reason"`],
  ])('accepts a 7th column named reason or raison (%s) and ignores the 7th cell', (_, header) => {
    const separator = header.includes(';') ? ';' : ',';
    const text = `${header}\n${[JOHN.replaceAll(',', separator), 'Line 2: +33 is bad'].join(separator)}`;
    expect(checkContactsCsv(textFile(text)).contacts).toEqual([JOHN_CONTACT]);
  });

  it('accepts records of 6 fields, counts a record whose six cells are empty as blank, rejects 8 fields', () => {
    const text = `${HEADER},reason\n${JOHN}\n,,,,,,Line 3: was here\nAnn Lee,,ann@example.com,,,,Line 4: x,more`;
    const report = checkContactsCsv(textFile(text));
    const expected = { contacts: [2], blank: 1, rejected: [[4, 'wrong-field-count', 8]] };
    expect({ contacts: report.contacts.map((c) => c.line), blank: report.blank, rejected: report.rejected.map((r) => [r.line, r.code, r.params?.count]) }).toEqual(expected);
  });

  it.each([
    ['a reason column before the six', `reason,${HEADER}`],
    ['another 7th column name', `${HEADER},notes`],
    ['a reason column after a trailing empty one', `${HEADER},,reason`],
  ])('still refuses %s', (_, header) => {
    expect(checkContactsCsv(textFile(`${header}\n${JOHN}`)).error?.code).toEqual('not-header');
  });

  it('still rejects a non-empty 7th cell under the guide header without a reason column', () => {
    const report = checkContactsCsv(textFile(`${HEADER},\n${JOHN},note`));
    expect(report.rejected.map((r) => [r.line, r.code, r.params?.count])).toEqual([[2, 'wrong-field-count', 7]]);
  });
});
