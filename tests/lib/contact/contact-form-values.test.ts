import { describe, expect, it } from 'vitest';
import { checkEachContactField } from '../../../lib/rules/check-contact-fields';
import { addFormHash, emptyFormValues, formValuesOf, rawContactOf, readAddFormHash } from '../../../lib/contact/contact-form-values';

const codes = (result: ReturnType<typeof checkEachContactField>) => ({
  problems: Object.fromEntries(Object.entries(result.problems).map(([field, problem]) => [field, problem!.code])),
  warnings: Object.fromEntries(Object.entries(result.warnings).map(([field, problem]) => [field, problem!.code])),
});

describe('checkEachContactField', () => {
  it('reports every bad field at once, each with the rule the CSV import applies', () => {
    const values = { ...emptyFormValues, email: 'not-an-email', otherPhone1: '0612345678', otherPhone2: '+33 6 12 34 56 78' };
    const expected = {
      problems: { 'contact-name': 'name-required', email: 'email-invalid', 'optional-phone-1': 'phone-not-international' },
      warnings: {},
    };
    expect(codes(checkEachContactField(rawContactOf(values)))).toEqual(expected);
  });

  it('asks for a work phone or an email when both are empty, as optional phones alone are not enough', () => {
    const values = { ...emptyFormValues, name: 'Jeanne', otherPhone1: '+33 6 12 34 56 78' };
    expect(codes(checkEachContactField(rawContactOf(values)))).toEqual({ problems: { 'work-phone': 'contact-method-required' }, warnings: {} });
  });

  it('accepts a national number with a default country, and warns about a repeated phone', () => {
    const values = { ...emptyFormValues, name: 'Jeanne', workPhone: '06 12 34 56 78', otherPhone1: '+33612345678' };
    expect(codes(checkEachContactField(rawContactOf(values), 'FR'))).toEqual({ problems: {}, warnings: { 'optional-phone-1': 'phone-repeated' } });
  });
});

describe('the add form link', () => {
  it('carries a selection draft to the form and back, ignoring other hashes', () => {
    const hash = addFormHash({ name: 'Jane Doe', position: 'Head of Sales', email: 'jane@acme.example', phones: ['+49 30 1234567', '+49 171 1234567'] });
    const expected = [
      { name: 'Jane Doe', position: 'Head of Sales', email: 'jane@acme.example', workPhone: '+49 30 1234567', otherPhone1: '+49 171 1234567', otherPhone2: '' },
      null,
    ];
    expect([readAddFormHash(hash), readAddFormHash('#manage')]).toEqual(expected);
  });

  it('shows a stored contact with readable phones in the right fields', () => {
    const contact = { name: 'Maria Beck', email: 'maria@example.com', phones: [{ type: 'other' as const, number: '+15559999123', display: '+1 555 999 9123' }, { type: 'work' as const, number: '+15551234567', display: '+1 555 123 4567' }] };
    const expected = { name: 'Maria Beck', position: '', email: 'maria@example.com', workPhone: '+1 555 123 4567', otherPhone1: '+1 555 999 9123', otherPhone2: '' };
    expect(formValuesOf(contact)).toEqual(expected);
  });
});
