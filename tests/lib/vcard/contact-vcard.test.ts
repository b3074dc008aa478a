import { describe, expect, it } from 'vitest';
import { contactVcard, isOurProdid } from '../../../lib/vcard/contact-vcard';
import { nameParts } from '../../../lib/vcard/name-parts';
import { makeContact, makePhone } from '../../fixtures/contacts';

const maria = makeContact({
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  version: 3,
  updatedAt: '2026-11-25T12:34:56.789Z',
  name: 'Maria Beck',
  position: 'Sales; Europe',
  email: 'maria.beck@example.com',
  phones: [makePhone('+15551234567'), makePhone('+4930123456', 'other')],
});

describe('contactVcard', () => {
  it('writes vCard 3.0 with UID, FN, N, ORG, TITLE, EMAIL, typed TELs and REV, CRLF-terminated', () => {
    const expected = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Company Contacts//Directory//EN',
      'UID:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      'FN:Maria Beck',
      'N:Beck;Maria;;;',
      'ORG:ACME\\, Inc.',
      'TITLE:Sales\\; Europe',
      'EMAIL;TYPE=INTERNET,WORK:maria.beck@example.com',
      'TEL;TYPE=WORK,VOICE:+15551234567',
      'TEL;TYPE=VOICE:+4930123456',
      'REV:20261125T123456Z',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(contactVcard(maria, { version: '3.0', organization: 'ACME, Inc.' })).toBe(expected);
  });

  it('writes vCard 4.0 with tel: URIs, a text UID and no ORG when the organisation is unknown', () => {
    const expected = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'PRODID:-//Company Contacts//Directory//EN',
      'UID;VALUE=text:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      'FN:Maria Beck',
      'N:Beck;Maria;;;',
      'TITLE:Sales\\; Europe',
      'EMAIL;TYPE=work:maria.beck@example.com',
      'TEL;VALUE=uri;TYPE="work,voice":tel:+15551234567',
      'TEL;VALUE=uri;TYPE=voice:tel:+4930123456',
      'REV:20261125T123456Z',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(contactVcard(maria, { version: '4.0' })).toBe(expected);
  });

  it('folds a long line at 75 octets without splitting a character', () => {
    const card = contactVcard(makeContact({ name: 'É'.repeat(60), phones: [] }), { version: '3.0' });
    const fn = card.split('\r\n').filter((line, i, lines) => line.startsWith('FN:') || (line.startsWith(' ') && lines[i - 1]?.startsWith('FN:')));
    expect(fn.map((line) => new TextEncoder().encode(line).length)).toEqual([75, 49]);
    expect(fn.join('').replace(/ /g, '')).toBe(`FN:${'É'.repeat(60)}`);
  });
});

describe('nameParts', () => {
  it('takes the last word as the family name, or the part before a comma', () => {
    const actual = ['Maria Beck', 'Jean Paul  Sartre', 'Beck, Maria', 'Cher'].map(nameParts);
    expect(actual).toEqual([
      { family: 'Beck', given: 'Maria' },
      { family: 'Sartre', given: 'Jean Paul' },
      { family: 'Beck', given: 'Maria' },
      { family: 'Cher', given: '' },
    ]);
  });
});

describe('isOurProdid', () => {
  it("knows this writer's cards and the older export's, and no one else's", () => {
    expect(['-//Company Contacts//Directory//EN', '-//Company Contacts//EN', ' -//Company Contacts//EN ', '-//Apple Inc.//iPhone OS 17.0//EN', ''].map(isOurProdid)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
