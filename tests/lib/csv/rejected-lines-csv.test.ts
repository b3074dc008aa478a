import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { rejectedLinesCsv } from '../../../lib/csv/rejected-lines-csv';
import { HEADER, csvFile, textFile } from '../../fixtures/contacts';

const HEADER_FR = 'nom-contact,poste,e-mail,téléphone-travail,téléphone-facultatif-1,téléphone-facultatif-2';
const ANN = 'Ann Lee,,ann@example.com,,,';
const BAD_EMAIL = 'Bob Stone,,bob@@example.com,,,';
const BAD_PHONE = 'Carl Roe,Sales,carl@example.com,0612345678,,';

/** The rejected-lines file of `file` as the importer would check it, and that file's text. */
function rejectedOf(file: { name: string; bytes: Uint8Array }, locale: 'en' | 'fr' = 'en') {
  const text = rejectedLinesCsv(file, checkContactsCsv(file), locale);
  return { text, report: checkContactsCsv(textFile(text, 'rejected.csv')) };
}

describe('rejectedLinesCsv', () => {
  it('writes a BOM, the English header plus reason, and each rejected line with its reason, CRLF', () => {
    const file = csvFile([ANN, BAD_EMAIL, ANN.replace('Ann Lee', 'Ann Bis').replace('ann@', 'ann2@'), BAD_PHONE]);
    const expected =
      `\ufeff${HEADER},reason\r\n` +
      'Bob Stone,,bob@@example.com,,,,"Line 3, email: ""bob@@example.com"" is not an email address. Write it like jane.doe@example.com, or leave the field empty."\r\n' +
      'Carl Roe,Sales,carl@example.com,0612345678,,,"Line 5, work-phone: ""0612345678"" is not in international format. Write it as +33 6 12 34 56 78 or 0033 6 12 34 56 78."\r\n';
    expect(rejectedLinesCsv(file, checkContactsCsv(file), 'en')).toEqual(expected);
  });

  it("keeps the file's French header and writes the reasons in the reader's language", () => {
    const file = textFile([`${HEADER_FR},`, 'Maria Beck,,maria.beck@email.com,0015551234567,0015559999123,,', `${BAD_EMAIL},`].join('\n'));
    const expected =
      `\ufeff${HEADER_FR},raison\r\n` +
      "Bob Stone,,bob@@example.com,,,,\"Ligne 3, e-mail : « bob@@example.com » n'est pas une adresse e-mail. Écrivez-la comme jeanne.dupont@exemple.fr, ou laissez le champ vide.\"\r\n";
    expect(rejectedLinesCsv(file, checkContactsCsv(file), 'fr')).toEqual(expected);
  });

  it('writes the English header for an English file read by a French reader', () => {
    const actual = rejectedLinesCsv(csvFile([BAD_EMAIL]), checkContactsCsv(csvFile([BAD_EMAIL])), 'fr').split('\r\n')[0];
    expect(actual).toEqual(`\ufeff${HEADER},reason`);
  });

  it('pads a short line to six cells, drops empty cells past the sixth, and puts other extra cells after the reason', () => {
    const file = csvFile(['Dan Fox,,dan@example.com,,', 'Eve Hart,,eve@example.com,,,,,', 'Smith, John,,john@example.com,,,x']);
    const rows = rejectedLinesCsv(file, checkContactsCsv(file), 'en').split('\r\n').slice(1, 4);
    const reason = (line: number, count: number) =>
      `"Line ${line}: has ${count} fields; 6 are expected (${HEADER}). Check for a missing or extra separator or an unclosed quote; empty fields still need their comma."`;
    const expected = [`Dan Fox,,dan@example.com,,,,${reason(2, 5)}`, `Eve Hart,,eve@example.com,,,,${reason(3, 8)}`, `Smith, John,,john@example.com,,,${reason(4, 7)},x`];
    expect(rows).toEqual(expected);
  });

  it('neutralises cells starting with = + - @ against CSV injection, once, and quotes line breaks', () => {
    const file = csvFile(['Carl Roe,=SUM(A1),carl@@example.com,+33 6 12 34 56 78,,', `Ann Lee,"Head of\nSales",ann@@example.com,'+33 6 12 34 56 78,,`]);
    const rows = rejectedLinesCsv(file, checkContactsCsv(file), 'en').split('\r\n').slice(1, 3).map((row) => row.replace(/,"Line .*$/, ''));
    expect(rows).toEqual(["Carl Roe,'=SUM(A1),carl@@example.com,'+33 6 12 34 56 78,,", `Ann Lee,"Head of\nSales",ann@@example.com,'+33 6 12 34 56 78,,`]);
  });

  it('finds the rejected line after a quoted multi-line cell in a semicolon file, and writes it with commas', () => {
    const file = textFile([HEADER.replaceAll(',', ';'), 'Ann Lee;"Head of\nSales";ann@example.com;;;', 'Bob Stone;Smith, Jr;bob@@example.com;;;'].join('\n'));
    const actual = rejectedLinesCsv(file, checkContactsCsv(file), 'en').split('\r\n')[1]?.replace(/ is not .*$/, '');
    expect(actual).toEqual('Bob Stone,"Smith, Jr",bob@@example.com,,,,"Line 4, email: ""bob@@example.com""');
  });

  it('keeps the text a line with an unclosed quote was read as, in its first cell', () => {
    const file = csvFile(['"Ann Lee,,ann@example.com,,,']);
    const actual = rejectedLinesCsv(file, checkContactsCsv(file), 'en').split('\r\n')[1]?.replace(/ has a quote .*$/, '');
    expect(actual).toEqual('"Ann Lee,,ann@example.com,,,",,,,,,"Line 2:');
  });

  it('writes the header alone for a file without rejected lines, and for a refused file', () => {
    const good = csvFile([ANN]);
    const refused = textFile('name,phone\nAnn,+33612345678');
    const actual = [rejectedLinesCsv(good, checkContactsCsv(good), 'fr'), rejectedLinesCsv(refused, checkContactsCsv(refused), 'fr')];
    expect(actual).toEqual([`\ufeff${HEADER},reason\r\n`, `\ufeff${HEADER_FR},raison\r\n`]);
  });
});

describe('the rejected-lines file uploaded again', () => {
  const BAD_FILE = csvFile([ANN, BAD_EMAIL, 'Carl Roe,=SUM(A1),carl@example.com,0612345678,,', ',Boss,boss@example.com,,,', 'Eve Hart,,eve@example.com,,,x,y']);

  it('as it is, rejects the same lines for the same reasons and imports nothing', () => {
    const { report } = rejectedOf(BAD_FILE);
    const expected = { ok: true, contacts: [], rejected: [[2, 'email-invalid'], [3, 'phone-not-international'], [4, 'name-required'], [5, 'wrong-field-count']] };
    expect({ ok: report.ok, contacts: report.contacts, rejected: report.rejected.map((r) => [r.line, r.code]) }).toEqual(expected);
  });

  it('with one cell fixed in the text, accepts that line and still rejects the others', () => {
    const { text } = rejectedOf(BAD_FILE);
    const fixed = checkContactsCsv(textFile(text.replace('0612345678', '+33 6 12 34 56 78'), 'rejected.csv'));
    const expected = {
      contacts: [{ line: 3, name: 'Carl Roe', position: '=SUM(A1)', email: 'carl@example.com', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] }],
      rejected: [[2, 'email-invalid'], [4, 'name-required'], [5, 'wrong-field-count']],
    };
    expect({ contacts: fixed.contacts, rejected: fixed.rejected.map((r) => [r.line, r.code]) }).toEqual(expected);
  });

  it('gives a rejected-lines file of its own with the new reasons in place of the old ones', () => {
    const first = rejectedOf(BAD_FILE, 'fr').text;
    const again = textFile(first, 'rejected.csv');
    const second = rejectedLinesCsv(again, checkContactsCsv(again), 'fr');
    // Each line moved up by one (no good line before it now), and Eve's line counts the reason cell among its fields.
    const expected = first.replace(/Ligne (\d)/g, (_, line: string) => `Ligne ${Number(line) - 1}`).replace('contient 7 champs', 'contient 8 champs');
    expect(second).toEqual(expected);
  });
});
