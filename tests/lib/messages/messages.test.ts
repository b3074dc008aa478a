import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { MESSAGE_CATALOG } from '../../../lib/messages/message-catalog';
import { formatMessage } from '../../../lib/messages/messages';
import { csvFile } from '../../fixtures/contacts';

const SAMPLE = { file: 'a.csv', found: 'x', count: 1001, max: 1000, parts: 2, value: 'v', length: 201, key: 'k', expected: 'string', display: '+1 555', country: 'DE', withName: 'Ann', withLine: 3, ofLine: 2, reason: 'email', name: 'Ann', id: 'c1', plus: '+33 6', zeros: '0033 6' };

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
