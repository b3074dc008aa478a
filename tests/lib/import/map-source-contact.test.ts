import { describe, expect, it } from 'vitest';
import { mapSourceContact } from '../../../lib/import/map-source-contact';
import type { SourceContact } from '../../../lib/import/source-contact';

function source(overrides: Partial<SourceContact> = {}): SourceContact {
  return { line: 2, nameParts: [], emails: [], phones: [], ...overrides };
}
const v = (value: string, column = 'C') => ({ value, column });
const phone = (value: string, kind: 'work' | 'mobile' | 'other' | 'fax', column = 'P') => ({ value, column, kind });
const email = (value: string, primary = false, column = 'E') => ({ value, column, primary });

describe('mapSourceContact', () => {
  it('joins first, middle and last name, skipping empty parts', () => {
    expect(mapSourceContact(source({ nameParts: [v('Ana'), v(' '), v('López')], fullName: v('Dr Ana López') })).raw.name).toEqual('Ana López');
  });

  it('takes the full name when the parts are empty, else the organisation', () => {
    const actual = [
      mapSourceContact(source({ nameParts: [v('')], fullName: v('Marie Curie'), organisation: v('Acme') })).raw.name,
      mapSourceContact(source({ nameParts: [v('')], fullName: v(' '), organisation: v('Acme Reception') })).raw.name,
    ];
    expect(actual).toEqual(['Marie Curie', 'Acme Reception']);
  });

  it('takes the job title as the position', () => {
    expect(mapSourceContact(source({ jobTitle: v('Head of Sales') })).raw.position).toEqual('Head of Sales');
  });

  it('takes the primary email where one is marked, else the first, and warns about each other one', () => {
    const mapped = mapSourceContact(source({ emails: [email('home@x.test'), email('work@x.test', true), email('old@x.test')] }));
    expect({ email: mapped.raw.email, dropped: mapped.dropped.map((d) => [d.code, d.params?.value, d.params?.kept]) }).toEqual({
      email: 'work@x.test',
      dropped: [
        ['email-not-imported', 'home@x.test', 'work@x.test'],
        ['email-not-imported', 'old@x.test', 'work@x.test'],
      ],
    });
  });

  it('does not warn about the same email written twice', () => {
    expect(mapSourceContact(source({ emails: [email('a@x.test'), email('A@X.test')] })).dropped).toEqual([]);
  });

  it('takes the first work phone as the work phone and the next two as optional phones, mobile first', () => {
    const mapped = mapSourceContact(source({ phones: [phone('1', 'other'), phone('2', 'work'), phone('3', 'mobile'), phone('4', 'work')] }));
    expect({ work: mapped.raw.workPhone, optional: mapped.raw.otherPhones }).toEqual({
      work: '2',
      optional: [
        { field: 'optional-phone-1', value: '3' },
        { field: 'optional-phone-2', value: '1' },
      ],
    });
  });

  it('takes the first phone as the work phone when none is labelled work, a fax only when nothing else is there', () => {
    const actual = [
      mapSourceContact(source({ phones: [phone('fax', 'fax'), phone('home', 'other'), phone('cell', 'mobile')] })).raw.workPhone,
      mapSourceContact(source({ phones: [phone('fax', 'fax')] })).raw.workPhone,
    ];
    expect(actual).toEqual(['home', 'fax']);
  });

  it('warns about every phone past the third, naming its column', () => {
    const phones = [phone('1', 'work'), phone('2', 'mobile'), phone('3', 'other'), phone('4', 'other', 'Other Phone'), phone('5', 'fax', 'Business Fax')];
    const dropped = mapSourceContact(source({ phones })).dropped.map((d) => [d.line, d.code, d.params?.value, d.params?.column]);
    expect(dropped).toEqual([
      [2, 'phone-not-imported', '4', 'Other Phone'],
      [2, 'phone-not-imported', '5', 'Business Fax'],
    ]);
  });

  it('does not count one number written twice (a Work and a Mobile label) as two phones', () => {
    const mapped = mapSourceContact(source({ phones: [phone('+33 6 12 34 56 78', 'work'), phone('+33612345678', 'mobile')] }));
    expect({ work: mapped.raw.workPhone, optional: mapped.raw.otherPhones, dropped: mapped.dropped }).toEqual({ work: '+33 6 12 34 56 78', optional: [], dropped: [] });
  });

  it('keeps unlabelled phones of our own vCard export optional, in their order', () => {
    const mapped = mapSourceContact(source({ unlabelledAreOptional: true, phones: [phone('1', 'other'), phone('2', 'mobile')] }));
    expect({ work: mapped.raw.workPhone, optional: mapped.raw.otherPhones.map((p) => p.value) }).toEqual({ work: '', optional: ['1', '2'] });
  });
});
