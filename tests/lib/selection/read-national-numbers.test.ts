import { describe, expect, it } from 'vitest';
import { emptyFormValues } from '../../../lib/contact/contact-form-values';
import { nationalNumberFields, readNationalNumbers } from '../../../lib/selection/read-national-numbers';

const values = { ...emptyFormValues, name: 'Marie Martin', workPhone: '06 12 34 56 78', otherPhone1: '+49 30 1234567', otherPhone2: '12' };

describe('nationalNumberFields', () => {
  it('finds the phone fields holding a national number when no country is set, and none once one is', () => {
    expect([nationalNumberFields(values), nationalNumberFields(values, ''), nationalNumberFields(values, 'FR')]).toEqual([['workPhone'], ['workPhone'], []]);
  });
});

describe('readNationalNumbers', () => {
  it('writes a national number of the chosen country in international form', () => {
    const expected = { values: { ...values, workPhone: '+33 6 12 34 56 78' }, unread: [] };
    expect(readNationalNumbers(values, ['workPhone'], 'FR')).toEqual(expected);
  });

  it('leaves a number that is no valid number of the chosen country as written, and says which', () => {
    const expected = { values, unread: ['workPhone'] };
    expect(readNationalNumbers(values, ['workPhone'], 'US')).toEqual(expected);
  });
});
