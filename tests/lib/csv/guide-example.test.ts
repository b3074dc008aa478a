import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { GUIDE_EXAMPLE, textFile } from '../../fixtures/contacts';

describe("checkContactsCsv on the users' guide example", () => {
  it('imports John Smith and Maria Beck exactly as the guide writes them', () => {
    const expected = [
      { line: 2, name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }] },
      {
        line: 3,
        name: 'Maria Beck',
        email: 'maria.beck@email.com',
        phones: [
          { type: 'work', number: '+15551234567', display: '+1 555 123 4567' },
          { type: 'other', number: '+15559999123', display: '+1 555 999 9123' },
        ],
      },
    ];
    const actual = checkContactsCsv(textFile(GUIDE_EXAMPLE, 'exemple.csv'));
    expect({ ok: actual.ok, contacts: actual.contacts, rejected: actual.rejected, duplicates: actual.duplicates }).toEqual({
      ok: true,
      contacts: expected,
      rejected: [],
      duplicates: [],
    });
  });

  it('loads the example numbers with a "not valid" warning each', () => {
    const expected = [
      { line: 2, field: 'work-phone', code: 'phone-not-valid' },
      { line: 3, field: 'work-phone', code: 'phone-not-valid' },
      { line: 3, field: 'optional-phone-1', code: 'phone-not-valid' },
    ];
    const actual = checkContactsCsv(textFile(GUIDE_EXAMPLE, 'exemple.csv')).warnings.map(({ line, field, code }) => ({ line, field, code }));
    expect(actual).toEqual(expected);
  });
});
