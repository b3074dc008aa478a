import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import type { CheckOptions } from '../../../lib/rules/check-options';
import { csvFile } from '../../fixtures/contacts';

/** Checks one contact line (line 2) and returns what became of it. */
function checkLine(line: string, options: CheckOptions = {}) {
  const report = checkContactsCsv(csvFile([line]), options);
  const rejected = report.rejected[0];
  if (rejected) return { rejected: { field: rejected.field, code: rejected.code } };
  return { contact: report.contacts[0], warnings: report.warnings.map((w) => ({ field: w.field, code: w.code })) };
}

const contact = (fields: object) => ({ contact: { line: 2, ...fields }, warnings: [] });

describe('checkContactsCsv line rules: text fields', () => {
  it('trims every value and folds inner runs of spaces in names', () => {
    const actual = checkLine('  John   Smith  ,  Sécurité ,  John@Example.COM  ,  +33 6 12 34 56 78  ,,');
    expect(actual).toEqual(contact({ name: 'John Smith', position: 'Sécurité', email: 'john@example.com', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] }));
  });

  it('rejects a line without a name', () => {
    expect(checkLine('  ,Boss,boss@example.com,,,')).toEqual({ rejected: { field: 'contact-name', code: 'name-required' } });
  });

  it('accepts a 200-character name and rejects 201 characters', () => {
    const actual = [checkLine(`${'é'.repeat(200)},,a@example.com,,,`).contact?.name.length, checkLine(`${'é'.repeat(201)},,a@example.com,,,`).rejected];
    expect(actual).toEqual([200, { field: 'contact-name', code: 'too-long' }]);
  });

  it('rejects a position over 200 characters', () => {
    expect(checkLine(`Ann,${'x'.repeat(201)},a@example.com,,,`)).toEqual({ rejected: { field: 'position', code: 'too-long' } });
  });

  it('rejects an email over 254 characters', () => {
    const email = `a@${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.${'e'.repeat(62)}.com`; // 258 characters
    expect(checkLine(`Ann,,${email},,,`)).toEqual({ rejected: { field: 'email', code: 'too-long' } });
  });

  it.each(['ann', 'ann@', '@example.com', 'ann@example', 'ann lee@example.com', 'ann@@example.com', 'ann..lee@example.com', 'ann@-example.com'])(
    'rejects the email %s',
    (email) => {
      expect(checkLine(`Ann,,${email},+33612345678,,`)).toEqual({ rejected: { field: 'email', code: 'email-invalid' } });
    },
  );

  it('stores the email in lower case', () => {
    expect(checkLine('Ann,,Ann.Lee+work@Example.FR,,,').contact?.email).toEqual('ann.lee+work@example.fr');
  });
});

describe('checkContactsCsv line rules: a way to reach the contact', () => {
  it('accepts an email alone', () => {
    expect(checkLine('Ann,,ann@example.com,,,')).toEqual(contact({ name: 'Ann', email: 'ann@example.com', phones: [] }));
  });

  it('accepts a work phone alone', () => {
    expect(checkLine('Ann,,,+33612345678,,')).toEqual(contact({ name: 'Ann', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] }));
  });

  it('rejects optional phones without a work phone or an email', () => {
    expect(checkLine('Ann,,,,+33612345678,+33612345679')).toEqual({ rejected: { field: 'work-phone', code: 'contact-method-required' } });
  });
});

describe('checkContactsCsv line rules: phones', () => {
  it('ignores the separators space . - / ( ) and stores E.164, work first then other', () => {
    const expected = [
      { type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' },
      { type: 'other', number: '+33612345679', display: '+33 6 12 34 56 79' },
      { type: 'other', number: '+49301234567', display: '+49 30 1234567' },
    ];
    expect(checkLine('Ann,,,+33 (0)6.12-34/56 78,0033 6 12 34 56 79,+49 30 1234567').contact?.phones).toEqual(expected);
  });

  it('rejects a national number without a default country, showing the international form to write', () => {
    const actual = checkContactsCsv(csvFile(['A,,a@example.com,,,', 'B,,b@example.com,,,', 'C,,c@example.com,,,', 'D,,d@example.com,,,', 'E,,e@example.com,,,', 'Jean,,,0612345678,,']));
    const expected = [{ line: 7, field: 'work-phone', message: 'Line 7, work-phone: "0612345678" is not in international format. Write it as +33 6 12 34 56 78 or 0033 6 12 34 56 78.' }];
    expect(actual.rejected.map(({ line, field, message }) => ({ line, field, message }))).toEqual(expected);
  });

  it('accepts a national number with a default country', () => {
    expect(checkLine('Jean,,,06 12 34 56 78,030 1234567,', { defaultCountry: 'FR' }).contact?.phones).toEqual([
      { type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' },
      { type: 'other', number: '+33301234567', display: '+33 3 01 23 45 67' },
    ]);
  });

  it('still reads international numbers with a default country', () => {
    expect(checkLine('Jean,,,0049 30 1234567,,', { defaultCountry: 'FR' }).contact?.phones).toEqual([{ type: 'work', number: '+49301234567', display: '+49 30 1234567' }]);
  });

  it.each([
    ['4.41E+11', 'phone-excel-number'],
    ['"4,41457E+11"', 'phone-excel-number'],
    ['+33 6 12 34 56 7A', 'phone-invalid-characters'],
    ['tel: +33612345678', 'phone-invalid-characters'],
    ['+999 1234 5678', 'phone-unknown-country'],
    ['+33 6 12', 'phone-too-short'],
    ['+33 6 12 34 56 78 90 12', 'phone-too-long'],
    [`+33 ${'6'.repeat(100)}`, 'phone-too-long'],
    ['0612345678', 'phone-not-international'],
  ])('rejects %s (%s)', (phone, code) => {
    expect(checkLine(`Ann,,,${phone},,`)).toEqual({ rejected: { field: 'work-phone', code } });
  });

  it('says a number lost its leading 00 when the rest is a valid international number', () => {
    const actual = checkContactsCsv(csvFile(['Ann,,,33612345678,,'])).rejected[0]?.message;
    expect(actual).toEqual('Line 2, work-phone: "33612345678" lost its leading 00 (a spreadsheet read it as a number). Write it as +33 6 12 34 56 78 or 0033 6 12 34 56 78, and format the phone columns as Text.');
  });

  it('rejects a bad optional phone in its own column', () => {
    expect(checkLine('Ann,,ann@example.com,,,+33 6 12')).toEqual({ rejected: { field: 'optional-phone-2', code: 'phone-too-short' } });
  });

  it('says to format the column as text for an Excel number', () => {
    const actual = checkContactsCsv(csvFile(['Ann,,,4.41E+11,,'])).rejected[0]?.message;
    expect(actual).toEqual('Line 2, work-phone: "4.41E+11" is a phone number Excel rewrote as a number, losing digits. Format the phone columns as Text in Excel, type the numbers again (e.g. 0033 6 12 34 56 78) and save as CSV.');
  });

  it('loads a possible but not valid number with a warning', () => {
    expect(checkLine('Ann,,,+1 555 123 4567,,')).toEqual({
      contact: { line: 2, name: 'Ann', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] },
      warnings: [{ field: 'work-phone', code: 'phone-not-valid' }],
    });
  });

  it('keeps a phone repeated on the same line once, with a warning', () => {
    expect(checkLine('Ann,,,+33612345678,0033 6 12 34 56 78,')).toEqual({
      contact: { line: 2, name: 'Ann', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] },
      warnings: [{ field: 'optional-phone-1', code: 'phone-repeated' }],
    });
  });

  it('reads back a cell our export neutralised against CSV injection', () => {
    expect(checkLine("'=Ann,'-Boss,,+33612345678,,").contact).toEqual({ line: 2, name: '=Ann', position: '-Boss', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] });
  });
});
