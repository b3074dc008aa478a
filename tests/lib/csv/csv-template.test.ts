import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { csvTemplate } from '../../../lib/csv/csv-template';
import { GUIDE_EXAMPLE, textFile } from '../../fixtures/contacts';

const ROWS = 'John Smith,Sécurité,jhon-smith@email.com,0049 1222333444555,,\r\nMaria Beck,,maria.beck@email.com,001 555 123 4567,001 555 999 9123,\r\n';

describe('csvTemplate', () => {
  it.each([
    ['en', '\ufeffcontact-name,position,email,work-phone,optional-phone-1,optional-phone-2\r\n'],
    ['fr', '\ufeffnom-contact,poste,e-mail,téléphone-travail,téléphone-facultatif-1,téléphone-facultatif-2\r\n'],
  ] as const)('writes the %s header and the two contacts of the guide, with a BOM and CRLF', (language, header) => {
    expect(csvTemplate(language)).toEqual(header + ROWS);
  });

  it.each(['en', 'fr'] as const)("imports (%s) as the guide's own example file: 2 contacts, 0 rejected", (language) => {
    const guide = checkContactsCsv(textFile(GUIDE_EXAMPLE, 'exemple.csv'));
    const expected = { ok: true, contacts: guide.contacts, count: 2, rejected: [] };
    const actual = checkContactsCsv(textFile(csvTemplate(language), 'template.csv'));
    expect({ ok: actual.ok, contacts: actual.contacts, count: actual.contacts.length, rejected: actual.rejected }).toEqual(expected);
  });
});
