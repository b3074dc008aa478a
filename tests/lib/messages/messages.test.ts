import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { MESSAGE_CATALOG } from '../../../lib/messages/message-catalog';
import { formatFieldMessage, formatMessage } from '../../../lib/messages/messages';
import { csvFile } from '../../fixtures/contacts';

const SAMPLE = { file: 'a.csv', found: 'x', count: 1001, max: 1000, parts: 2, value: 'v', length: 201, key: 'k', expected: 'string', display: '+1 555', country: 'DE', withName: 'Ann', withLine: 3, ofLine: 2, reason: 'email', name: 'Ann', id: 'c1', plus: '+33 6', zeros: '0033 6', column: 'Phone 3 - Value', kept: 'ann@example.com', columns: 'First Name, Last Name', width: 38 };

describe('formatMessage', () => {
  it('has an English and a different French text for every code, with every parameter filled in', () => {
    const broken = Object.keys(MESSAGE_CATALOG).filter((code) => {
      const en = formatMessage(code, SAMPLE, 'en');
      const fr = formatMessage(code, SAMPLE, 'fr');
      return en === fr || /undefined|\$\{|NaN/.test(en + fr);
    });
    expect(broken).toEqual([]);
  });

  it('starts with the line and the column name in the reader language', () => {
    const params = { line: 7, field: 'work-phone', value: '0612345678', plus: '+33 6 12 34 56 78', zeros: '0033 6 12 34 56 78' };
    expect([formatMessage('phone-not-international', params, 'en'), formatMessage('phone-not-international', params, 'fr')]).toEqual([
      'Line 7, work-phone: "0612345678" is not in international format. Write it as +33 6 12 34 56 78 or 0033 6 12 34 56 78.',
      'Ligne 7, téléphone-travail : « 0612345678 » n\'est pas au format international. Écrivez-le +33 6 12 34 56 78 ou 0033 6 12 34 56 78.',
    ]);
  });

  it('rebuilds in French the message of a report from its code and params', () => {
    const report = checkContactsCsv(csvFile(['Ann,,ann@example,,,']));
    const problem = report.rejected[0];
    expect(problem && formatMessage(problem.code, problem.params, 'fr')).toEqual(
      'Ligne 2, e-mail : « ann@example » n\'est pas une adresse e-mail. Écrivez-la comme jeanne.dupont@exemple.fr, ou laissez le champ vide.',
    );
  });

  it('never throws on an unknown code', () => {
    expect(formatMessage('no-such-code', { line: 3 }, 'en')).toEqual('Line 3: Problem "no-such-code".');
  });

  it('formats counts for each language', () => {
    const params = { file: 'big.csv', count: 12345, max: 1000, parts: 13 };
    expect(formatMessage('too-many-contacts', params, 'fr')).toEqual(
      '« big.csv » contient 12\u202f345 lignes de contact ; au plus 1\u202f000 peuvent être importées à la fois. Découpez-le en 13 fichiers d\'au plus 1\u202f000 lignes, chacun commençant par l\'en-tête, et importez-les un par un.',
    );
  });
});

describe('formatFieldMessage', () => {
  it('speaks of the field, not a CSV column, for an empty name (issue 9, defect 2)', () => {
    const actual = [formatFieldMessage('name-required', { line: 2, field: 'contact-name' }, 'en'), formatFieldMessage('name-required', undefined, 'fr')];
    const expected = ["The contact name is empty. Write the contact's name.", 'Le nom du contact est vide. Écrivez le nom du contact.'];
    expect(actual).toEqual(expected);
  });

  it('never speaks of columns, spreadsheets or Excel for a problem a form field can have', () => {
    // File-level and JSON-API codes never reach a form field.
    const formCodes = ['name-required', 'too-long', 'email-invalid', 'contact-method-required', 'phone-excel-number', 'phone-not-international', 'phone-lost-zeros', 'phone-invalid-characters', 'phone-unknown-country', 'phone-too-short', 'phone-too-long', 'phone-not-possible', 'phone-not-valid', 'phone-repeated'];
    const actual = formCodes
      .flatMap((code) => [formatFieldMessage(code, SAMPLE, 'en'), formatFieldMessage(code, SAMPLE, 'fr')])
      .filter((text) => /column|colonne|spreadsheet|tableur|excel/i.test(text));
    expect(actual).toEqual([]);
  });

  it('keeps the CSV wording for the import report', () => {
    expect(formatMessage('name-required', { line: 4, field: 'contact-name' }, 'en')).toEqual("Line 4, contact-name: the contact name is empty. Write the contact's name in the first column.");
  });
});
