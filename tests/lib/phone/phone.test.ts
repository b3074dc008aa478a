import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, isKnownCountry, normalizePhone } from '../../../lib/phone/phone';

describe('normalizePhone', () => {
  it('turns the users example numbers into E.164, possible but not valid', () => {
    const actual = ['00491222333444555', '0015551234567', '0015559999123'].map((raw) => normalizePhone(raw));
    expect(actual).toEqual([
      { ok: true, number: '+491222333444555', valid: false, country: 'DE', display: '+49 1222333444555' },
      { ok: true, number: '+15551234567', valid: false, display: '+1 555 123 4567' },
      { ok: true, number: '+15559999123', valid: false, display: '+1 555 999 9123' },
    ]);
  });

  it('marks a real number valid and gives its international display form', () => {
    expect(normalizePhone('+33 6 12 34 56 78')).toEqual({ ok: true, number: '+33612345678', display: '+33 6 12 34 56 78', valid: true, country: 'FR' });
  });

  it('ignores an unknown default country instead of throwing', () => {
    expect(normalizePhone('0612345678', { defaultCountry: 'ZZ' })).toEqual({ ok: false, code: 'phone-not-international', params: { value: '0612345678', plus: '+33 6 12 34 56 78', zeros: '0033 6 12 34 56 78' } });
  });

  it('shows the shape to write when a national number is not French', () => {
    expect(normalizePhone('020 7946 0958')).toEqual({ ok: false, code: 'phone-not-international', params: { value: '020 7946 0958' } });
  });
});

describe('formatPhoneForDisplay', () => {
  it('formats E.164 in international form, leaving what it cannot parse alone', () => {
    expect(['+33612345678', '+491222333444555', '+442079460958', 'nonsense'].map(formatPhoneForDisplay)).toEqual([
      '+33 6 12 34 56 78',
      '+49 1222333444555',
      '+44 20 7946 0958',
      'nonsense',
    ]);
  });
});

describe('isKnownCountry', () => {
  it('knows ISO 3166 alpha-2 codes libphonenumber-js supports, in capitals', () => {
    expect(['FR', 'DE', 'fr', 'ZZ', 'FRA'].map(isKnownCountry)).toEqual([true, true, false, false, false]);
  });
});
