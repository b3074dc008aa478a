import { describe, expect, it } from 'vitest';
import { checkContactList } from '../../../lib/rules/check-contact-list';
import { directoryLookupFromList } from '../../../lib/contact/directory-lookup';
import { validateContact } from '../../../lib/rules/validate-contact';
import { makeExisting } from '../../fixtures/contacts';

describe('checkContactList', () => {
  it('imports a JSON list with the CSV rules, item i as line i + 1', () => {
    const list = [
      { name: ' John Smith ', position: 'Sécurité', email: 'John@Email.com', phones: [{ type: 'work', number: '0049 1222 333444555' }] },
      { name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'other', number: '0015559999123' }, { type: 'work', number: '0015551234567' }] },
    ];
    const expected = [
      { line: 1, name: 'John Smith', position: 'Sécurité', email: 'john@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }] },
      { line: 2, name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }, { type: 'other', number: '+15559999123', display: '+1 555 999 9123' }] },
    ];
    expect(checkContactList(list).contacts).toEqual(expected);
  });

  it('rejects each malformed item with a clear code and keeps the others', () => {
    const list = [
      null,
      'John',
      { name: 42 },
      { name: 'Ann', email: 'ann@example.com', age: 3 },
      { name: 'Ann', phones: 'x' },
      { name: 'Ann', phones: [{ type: 'fax', number: '+33612345678' }] },
      { name: 'Ann', phones: [{ type: 'work', number: 33612345678 }] },
      { name: 'Ann', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }, { type: 'work', number: '+33612345679', display: '+33 6 12 34 56 79' }] },
      { name: 'Ann', email: 'a@example.com', phones: [1, 2, 3].map((i) => ({ type: 'other', number: `+3361234567${i}` })) },
      { name: 'Ok', email: 'ok@example.com' },
    ];
    const report = checkContactList(list, { file: 'list.json' });
    const expected = {
      contacts: [10],
      rejected: [
        [1, 'not-an-object'],
        [2, 'not-an-object'],
        [3, 'wrong-type'],
        [4, 'unknown-key'],
        [5, 'wrong-type'],
        [6, 'phone-type-invalid'],
        [7, 'wrong-type'],
        [8, 'too-many-work-phones'],
        [9, 'too-many-phones'],
      ],
    };
    expect({ contacts: report.contacts.map((c) => c.line), rejected: report.rejected.map((r) => [r.line, r.code]) }).toEqual(expected);
  });

  it('refuses what is not a list, an empty list and too many items', () => {
    const codes = [checkContactList({ name: 'x' }), checkContactList([]), checkContactList([{}, {}, {}], { maxContacts: 2 })].map((r) => r.error?.code);
    expect(codes).toEqual(['not-a-list', 'no-contacts', 'too-many-contacts']);
  });

  it('finds duplicates in the list and against the directory', () => {
    const existing = directoryLookupFromList([makeExisting({ id: 'c1', email: 'ann@example.com' })]);
    const report = checkContactList([{ name: 'Ann', email: 'ann@example.com' }, { name: 'Bob', email: 'bob@example.com' }, { name: 'Bobby', email: 'BOB@example.com' }], { existing });
    expect(report.duplicates.map((d) => [d.line, d.of])).toEqual([
      [1, { id: 'c1' }],
      [3, { line: 2 }],
    ]);
  });
});

describe('validateContact', () => {
  it('normalises a valid contact', () => {
    expect(validateContact({ name: 'Ann', email: 'ANN@example.com', phones: [{ type: 'work', number: '06 12 34 56 78' }] }, { defaultCountry: 'FR' })).toEqual({
      ok: true,
      contact: { name: 'Ann', email: 'ann@example.com', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] },
      warnings: [],
    });
  });

  it('reports line 1 with a message that has no line prefix', () => {
    expect(validateContact({ name: 'Ann', phones: [{ type: 'work', number: '06 12 34 56 78' }] })).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          field: 'work-phone',
          code: 'phone-not-international',
          params: { value: '06 12 34 56 78', plus: '+33 6 12 34 56 78', zeros: '0033 6 12 34 56 78', field: 'work-phone' },
          message: '"06 12 34 56 78" is not in international format. Write it as +33 6 12 34 56 78 or 0033 6 12 34 56 78.',
        },
      ],
    });
  });

  it('allows at most one work phone', () => {
    const actual = validateContact({ name: 'Ann', phones: [{ type: 'work', number: '+33612345678' }, { type: 'work', number: '+33612345679' }] });
    expect(actual.ok ? [] : actual.problems.map((p) => p.code)).toEqual(['too-many-work-phones']);
  });

  it('returns warnings with an accepted contact', () => {
    const actual = validateContact({ name: 'Maria', phones: [{ type: 'work', number: '0015551234567' }] });
    expect(actual.ok ? actual.warnings.map((w) => w.code) : actual.problems).toEqual(['phone-not-valid']);
  });
});
