/**
 * Phone rules of issue 2: separators ignored, `+` or `00` required (unless a default country lets national numbers
 * in), parsed with libphonenumber-js, must be *possible*; possible but not *valid* is a warning. Stored as E.164.
 *
 * Metadata: `max`, deliberately. With `min`, `+491222333444555` counts as valid, so the users' own example numbers
 * would load without the "not valid" warning; `max` checks the number patterns per type. The cost is paid at write
 * time only: the number is parsed once, and its international display form is stored with it (`Phone.display`,
 * issue 9), so the popup and every other reader ship no metadata.
 */
import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import type { MessageParams } from '../contact/contact';
import { flatString } from '../rules/flat-string';
import { formatInternationalNumber, isValidNationalNumber } from './phone-metadata';

export type PhoneResult =
  | { ok: true; /** E.164. */ number: string; /** International format, for reading. */ display: string; valid: boolean; country?: string }
  | { ok: false; code: string; params: MessageParams };

/** Spaces (including the no-break spaces of French formatting) and `. - / ( )`. */
const SEPARATORS = /[\s.\-/()\u00a0\u202f]/g;
/** What Excel shows for a long number in a General column: `4.41E+11`, `4,41E+11`. */
const EXCEL_NUMBER = /^\d+(?:[.,]\d+)?E\+?\d+$/i;
const DIGITS = /^\d+$/;
const MAX_RAW_LENGTH = 60;

/** Is `code` an ISO 3166 alpha-2 country libphonenumber-js knows (`FR`, `DE`…)? */
export function isKnownCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/**
 * Normalises a raw phone (trimmed, non-empty) to E.164 and its international display form, or says why it cannot.
 * `params.value` always holds the raw value so messages can show it.
 */
export function normalizePhone(raw: string, options: { defaultCountry?: string } = {}): PhoneResult {
  // No phone number, even written with every separator, is this long; don't parse or echo a whole paragraph.
  if (raw.length > MAX_RAW_LENGTH) return { ok: false, code: 'phone-too-long', params: { value: `${raw.slice(0, 40)}…` } };
  if (EXCEL_NUMBER.test(raw)) return { ok: false, code: 'phone-excel-number', params: { value: raw } };
  const compact = raw.replace(SEPARATORS, '');
  let international: string | undefined;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  if (international !== undefined) {
    if (!DIGITS.test(international)) return { ok: false, code: 'phone-invalid-characters', params: { value: raw } };
    return fromParsed(raw, `+${international}`, undefined);
  }
  if (!DIGITS.test(compact)) return { ok: false, code: 'phone-invalid-characters', params: { value: raw } };
  const country = options.defaultCountry?.toUpperCase();
  if (country !== undefined && isKnownCountry(country)) return fromParsed(raw, compact, country as CountryCode);
  const lostZeros = parsePhoneNumberFromString(`+${compact}`, { extract: false });
  if (lostZeros?.isValid() === true) {
    // Excel reads 0033612345678 as the number 33612345678: the 00 is gone, the rest is an international number.
    const plus = lostZeros.formatInternational();
    return { ok: false, code: 'phone-lost-zeros', params: { value: raw, plus, zeros: `00${plus.slice(1)}` } };
  }
  return { ok: false, code: 'phone-not-international', params: { value: raw, ...internationalHint(compact) } };
}

function fromParsed(raw: string, text: string, country: CountryCode | undefined): PhoneResult {
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: country, extract: false });
  if (parsed === undefined) {
    const reason = validatePhoneNumberLength(text, { defaultCountry: country });
    if (reason === 'INVALID_COUNTRY') return { ok: false, code: 'phone-unknown-country', params: { value: raw } };
    return { ok: false, code: reason === 'TOO_LONG' ? 'phone-too-long' : 'phone-too-short', params: { value: raw } };
  }
  if (!parsed.isPossible()) {
    const reason = validatePhoneNumberLength(text, { defaultCountry: country });
    const code = reason === 'TOO_LONG' ? 'phone-too-long' : reason === 'TOO_SHORT' ? 'phone-too-short' : 'phone-not-possible';
    return { ok: false, code, params: { value: raw } };
  }
  const plan = parsed.country ?? parsed.countryCallingCode;
  const valid = isValidNationalNumber(plan, parsed.nationalNumber);
  const display = formatInternationalNumber(plan, parsed.countryCallingCode, parsed.nationalNumber);
  const result: PhoneResult = { ok: true, number: flatString(parsed.number), display: flatString(display), valid };
  if (parsed.country !== undefined) result.country = parsed.country;
  return result;
}

/**
 * Our users are mostly French (their guide is): when a national number is a valid French one, the message shows
 * the exact international form; otherwise it shows the shape to write.
 */
function internationalHint(digits: string): MessageParams {
  const french = parsePhoneNumberFromString(digits, { defaultCountry: 'FR', extract: false });
  if (french?.isValid() !== true) return {};
  const plus = french.formatInternational();
  return { plus, zeros: `00${plus.slice(1)}` };
}

/**
 * The international display form of an E.164 number (`+33612345678` → `+33 6 12 34 56 78`); unchanged if unparsable.
 * For numbers stored before `Phone.display` existed (the server's migration); a new phone gets it from {@link normalizePhone}.
 */
export function formatPhoneForDisplay(e164: string): string {
  return parsePhoneNumberFromString(e164, { extract: false })?.formatInternational() ?? e164;
}
