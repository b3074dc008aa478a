/**
 * lib/phone/phone-metadata.ts is the one file that uses libphonenumber-js internals (its untyped Metadata methods),
 * for speed (issue 2 bench; issue 9: every phone's display form is computed as it is written). It is pinned to the exact version it was written against (issue 9): an upgrade fails
 * here first, naming what changed, before it can change which numbers the import calls valid.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Metadata, getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { formatInternationalNumber, isValidNationalNumber } from '../../../lib/phone/phone-metadata';

const require = createRequire(import.meta.url);
const PINNED = '1.13.16';

describe('libphonenumber-js internals used by lib/phone/phone-metadata.ts', () => {
  it(`is the pinned version ${PINNED}, installed and declared without a range`, () => {
    const installed = (require('libphonenumber-js/package.json') as { version: string }).version;
    const ours = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect({ installed, declared: ours.dependencies['libphonenumber-js'] }).toEqual({ installed: PINNED, declared: PINNED });
  });

  it('still offers the Metadata methods the file calls, with the same answers for a known plan', () => {
    const metadata = new Metadata() as unknown as Record<string, (...args: unknown[]) => any>;
    metadata.selectNumberingPlan!('FR');
    const mobile = metadata.type!('MOBILE');
    const actual = {
      methods: ['selectNumberingPlan', 'hasTypes', 'nationalNumberPattern', 'type', 'formats'].map((name) => typeof metadata[name]),
      typeMethods: ['pattern', 'possibleLengths'].map((name) => typeof mobile?.[name]),
      formatMethods: ['pattern', 'leadingDigitsPatterns', 'internationalFormat'].map((name) => typeof metadata.formats!()[0]?.[name]),
      hasTypes: metadata.hasTypes!(),
      national: new RegExp(`^(?:${metadata.nationalNumberPattern!()})$`).test('612345678'),
      mobile: new RegExp(`^(?:${mobile.pattern()})$`).test('612345678'),
      lengths: mobile.possibleLengths(),
    };
    expect(actual).toEqual({ methods: Array(5).fill('function'), typeMethods: ['function', 'function'], formatMethods: Array(3).fill('function'), hasTypes: true, national: true, mobile: true, lengths: [9] });
  });
});

describe('isValidNationalNumber', () => {
  it("agrees with libphonenumber-js's isValid() on 3,000 generated numbers", () => {
    const codes = ['1', '7', '20', '33', '39', '41', '44', '49', '52', '55', '61', '81', '86', '91', '212', '351', '352', '800', '882', '971'];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.stringMatching(/^[0-9]{4,14}$/), (code, digits) => {
        const parsed = parsePhoneNumberFromString(`+${code}${digits}`, { extract: false });
        const actual = parsed && isValidNationalNumber(parsed.country ?? parsed.countryCallingCode, parsed.nationalNumber);
        expect(actual).toEqual(parsed?.isValid());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatInternationalNumber', () => {
  const codes = [...new Set(getCountries().map((country) => getCountryCallingCode(country)))];

  it("writes what libphonenumber-js's formatInternational() writes for random digits after every calling code (6,000 numbers)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.stringMatching(/^[0-9]{2,15}$/), (code, digits) => {
        const parsed = parsePhoneNumberFromString(`+${code}${digits}`, { extract: false });
        fc.pre(parsed !== undefined);
        const actual = formatInternationalNumber(parsed.country ?? parsed.countryCallingCode, parsed.countryCallingCode, parsed.nationalNumber);
        expect(actual).toEqual(parsed.formatInternational());
      }),
      { numRuns: 6000 },
    );
  });

  it('writes the users\' guide numbers and a French mobile as the library does', () => {
    const numbers = ['+491222333444555', '+15551234567', '+33612345678', '+12125550123', '+442079460958'].map((n) => parsePhoneNumberFromString(n, { extract: false })!);
    const actual = numbers.map((p) => formatInternationalNumber(p.country ?? p.countryCallingCode, p.countryCallingCode, p.nationalNumber));
    expect(actual).toEqual(['+49 1222333444555', '+1 555 123 4567', '+33 6 12 34 56 78', '+1 212 555 0123', '+44 20 7946 0958']);
  });
});
