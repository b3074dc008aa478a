/**
 * Click-to-call's detection (issue 13): every real-world format the issue names is found, and none of the numbers
 * of other kinds a page is full of is taken for a phone.
 */
import { describe, expect, it } from 'vitest';
import { findPagePhones } from '../../../lib/page-phones/find-page-phones';

/** The numbers found, as written and as E.164. */
function found(text: string, country?: string): [string, string][] {
  return findPagePhones(text, country).map(({ start, end, e164 }) => [text.slice(start, end), e164]);
}

describe('findPagePhones', () => {
  it('finds an international number with spaces, whatever the default country', () => {
    const text = 'Standard : +33 1 23 45 67 89 (9h–18h)';
    expect([found(text), found(text, 'US'), found(text, 'DE')]).toEqual([
      [['+33 1 23 45 67 89', '+33123456789']],
      [['+33 1 23 45 67 89', '+33123456789']],
      [['+33 1 23 45 67 89', '+33123456789']],
    ]);
  });

  it('finds (555) 123-4567 with a US default, though 555 is no valid area code (possible is what our rules ask)', () => {
    expect(found('Call us at (555) 123-4567 today.', 'US')).toEqual([['(555) 123-4567', '+15551234567']]);
  });

  it('finds 0049 30 1234567 with the 00 prefix of the users\' guide, even where the default country dials 011', () => {
    const text = 'Berlin office: 0049 30 1234567.';
    expect([found(text), found(text, 'US'), found(text, 'DE')]).toEqual([
      [['0049 30 1234567', '+49301234567']],
      [['0049 30 1234567', '+49301234567']],
      [['0049 30 1234567', '+49301234567']],
    ]);
  });

  it('finds 030 1234567 with a DE default, and no national number without a default country', () => {
    const text = 'Telefon 030 1234567, Fax 030 1234568';
    expect([found(text, 'DE'), found(text)]).toEqual([
      [['030 1234567', '+49301234567'], ['030 1234568', '+49301234568']],
      [],
    ]);
  });

  it('finds French, dotted and dashed national forms', () => {
    const actual = [found('Tél. 01 23 45 67 89', 'FR'), found('tel 01.23.45.67.89', 'FR'), found('555.123.4567 or 1-800-555-0199', 'US')];
    expect(actual).toEqual([
      [['01 23 45 67 89', '+33123456789']],
      [['01.23.45.67.89', '+33123456789']],
      [['555.123.4567', '+15551234567'], ['1-800-555-0199', '+18005550199']],
    ]);
  });

  it.each(['US', 'DE', 'FR', 'GB', undefined])('takes no date, time, order, invoice, IBAN, postcode or numeric ID for a phone (default %s)', (country) => {
    const text = [
      'Order #123456789 placed 2024-03-15 at 14:30, delivered 15.03.2024 and 15/03/2024 at 09:05:30.',
      'Invoice INV-2024-000123, order no. 123456789, customer 2125550123, ref 4155550100.',
      'IBAN FR76 3000 6000 0112 3456 7890 189, DE89 3704 0044 0532 0130 00, GB29 NWBK 6016 1331 9268 19.',
      'Postcodes: 75008 Paris, 10115 Berlin, 90210, SW1A 1AA. Total: 1,234,567.89 € or 1.234.567,89 €.',
      'IDs 4829103 1234567890 0301234567 5551234567 20240315 1710499200',
    ].join('\n');
    expect(found(text, country)).toEqual([]);
  });

  it('reads a group starting with 00 inside a number as part of it, not as an international prefix', () => {
    const text = 'London: +44 20 7946 0087, Paris: +33 1 00 12 34 56 and 0049 30 2001234.';
    expect(found(text, 'US')).toEqual([
      ['+44 20 7946 0087', '+442079460087'],
      ['+33 1 00 12 34 56', '+33100123456'],
      ['0049 30 2001234', '+49302001234'],
    ]);
  });

  it('keeps the offsets of the text as written, around an accented word and a 00 prefix', () => {
    const text = 'Réception : 0033 1 23 45 67 89';
    const [phone] = findPagePhones(text);
    expect(text.slice(phone!.start, phone!.end)).toEqual('0033 1 23 45 67 89');
  });
});

describe('findPagePhones and numbering plans', () => {
  it('takes a national number only where it fits the default country\'s plan: 030 1234567 is no US number', () => {
    expect([found('Berlin: 030 1234567', 'US'), found('Berlin: 030 1234567', 'DE')]).toEqual([[], [['030 1234567', '+49301234567']]]);
  });
});
