import { describe, expect, it } from 'vitest';
import { changeRows } from '../../../lib/audit/change-rows';
import { contactChange } from '../../../lib/audit/contact-change';
import { makeContact } from '../../fixtures/contacts';

const ada = makeContact({ name: 'Ada Lovelace', position: 'Engineer', email: 'ada@example.org' });
const phone = { type: 'other' as const, number: '+33123456789', display: '+33 1 23 45 67 89' };

describe('contactChange', () => {
  it('records every field of a created contact, an absent email as null', () => {
    const expected = { after: { name: 'Ada Lovelace', position: 'Engineer', email: null, phones: ada.phones } };
    expect(contactChange(null, { ...ada, email: undefined })).toEqual(expected);
  });

  it('records every field of a deleted contact', () => {
    const expected = { before: { name: 'Ada Lovelace', position: 'Engineer', email: 'ada@example.org', phones: ada.phones } };
    expect(contactChange(ada, null)).toEqual(expected);
  });

  it('records only the fields an edit changed, a removed position as null', () => {
    const edited = { ...ada, position: undefined, phones: [...ada.phones, phone] };
    const expected = { before: { position: 'Engineer', phones: ada.phones }, after: { position: null, phones: [...ada.phones, phone] } };
    expect(contactChange(ada, edited)).toEqual(expected);
  });

  it('sees no change in phones whose display form alone differs, and none in an edit that changed nothing', () => {
    const redisplayed = { ...ada, phones: [{ ...ada.phones[0]!, display: '+442071234567' }] };
    expect(contactChange(ada, redisplayed)).toEqual({ before: {}, after: {} });
  });

  it('sees a phone whose type changed', () => {
    const retyped = { ...ada, phones: [{ ...ada.phones[0]!, type: 'other' as const }] };
    expect(Object.keys(contactChange(ada, retyped).after!)).toEqual(['phones']);
  });
});

describe('changeRows', () => {
  it('lists an edit’s fields old → new, phones in display form, an emptied field as ""', () => {
    const change = contactChange(ada, { ...ada, name: 'Ada King', position: undefined, phones: [...ada.phones, phone] });
    expect(changeRows(change)).toEqual([
      { field: 'name', before: 'Ada Lovelace', after: 'Ada King' },
      { field: 'position', before: 'Engineer', after: '' },
      { field: 'phones', before: '+44 20 7123 4567', after: '+44 20 7123 4567, +33 1 23 45 67 89' },
    ]);
  });

  it('lists the fields a created contact was given, and those a deleted one had', () => {
    const bare = { ...ada, position: undefined, phones: [] };
    expect({ created: changeRows(contactChange(null, bare)), deleted: changeRows(contactChange(bare, null)) }).toEqual({
      created: [
        { field: 'name', after: 'Ada Lovelace' },
        { field: 'email', after: 'ada@example.org' },
      ],
      deleted: [
        { field: 'name', before: 'Ada Lovelace' },
        { field: 'email', before: 'ada@example.org' },
      ],
    });
  });

  it('lists nothing for an edit that changed nothing', () => {
    expect(changeRows({ before: {}, after: {} })).toEqual([]);
  });
});
