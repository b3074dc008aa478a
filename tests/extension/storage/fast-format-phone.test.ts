import metadata from 'libphonenumber-js/metadata.max.json';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { generateContacts, seeded } from '../../fixtures/generate-contacts';
import { fastFormatPhone } from '../../../extension/storage/fast-format-phone';
import { formatPhoneForDisplay } from '../../../lib/phone/phone';

/** `perCode` random numbers (1 to 16 national digits) for every calling code of the metadata, from a fixed seed. */
function randomNumbers(perCode: number): string[] {
  const random = seeded(7);
  const numbers: string[] = [];
  for (const code of Object.keys(metadata.country_calling_codes)) {
    for (let n = 0; n < perCode; n += 1) {
      const length = 1 + Math.floor(random() * 16);
      numbers.push(`+${code}${Array.from({ length }, () => Math.floor(random() * 10)).join('')}`);
    }
  }
  return numbers;
}

describe('fastFormatPhone', () => {
  it('writes numbers in international form, grouped as in their country', () => {
    const expected = ['+33 6 12 34 56 78', '+49 172 1234567', '+1 212 555 0123', '+44 20 7123 4567'];
    const actual = ['+33612345678', '+491721234567', '+12125550123', '+442071234567'].map(fastFormatPhone);
    expect(actual).toEqual(expected);
  });

  it('writes what formatPhoneForDisplay writes for random digits after every calling code', () => {
    const numbers = randomNumbers(60);
    const expected = numbers.map(formatPhoneForDisplay);
    const actual = numbers.map(fastFormatPhone);
    expect(actual).toEqual(expected);
  });

  it('writes what formatPhoneForDisplay writes for stored (parsed, possible) numbers of every calling code', () => {
    const numbers = randomNumbers(60)
      .map((raw) => parsePhoneNumberFromString(raw, { extract: false }))
      .filter((parsed) => parsed?.isPossible() === true)
      .map((parsed) => parsed!.number as string);
    const expected = numbers.map(formatPhoneForDisplay);
    const actual = numbers.map(fastFormatPhone);
    expect(actual).toEqual(expected);
  });

  it('writes what formatPhoneForDisplay writes for the generated directory of the benches', () => {
    const numbers = generateContacts(3000).flatMap((contact) => contact.phones.map((phone) => phone.number));
    const expected = numbers.map(formatPhoneForDisplay);
    const actual = numbers.map(fastFormatPhone);
    expect(actual).toEqual(expected);
  });

  it('leaves text that is not an E.164 number as formatPhoneForDisplay does', () => {
    const inputs = ['', '+', '12345', '+99912345', '+33 6 12', '+3'];
    const expected = inputs.map(formatPhoneForDisplay);
    const actual = inputs.map(fastFormatPhone);
    expect(actual).toEqual(expected);
  });
});
