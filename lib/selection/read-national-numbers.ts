/**
 * The add form's side of issue 9, defect 10: which phone fields hold a national number no country reads yet
 * ("06 12 34 56 78" from a selection), and those fields rewritten in international form once the user chose the
 * country ("+33 6 12 34 56 78"), so the saved contact does not depend on a default country.
 */
import type { ContactFormValues } from '../contact/contact-form-values';
import { normalizePhone } from '../phone/phone';

const PHONE_FIELDS = ['workPhone', 'otherPhone1', 'otherPhone2'] as const;
export type PhoneField = (typeof PHONE_FIELDS)[number];

/** Shorter is no phone number of any country's national plan: "12" gets the field's own message instead. */
const MIN_DIGITS = 6;

/** Whether `value` is a national-format number: digits without `+` or `00`, that a country would let in. */
function isNationalNumber(value: string, defaultCountry: string | undefined): boolean {
  if (value.replace(/\D/g, '').length < MIN_DIGITS) return false;
  const result = normalizePhone(value.trim(), defaultCountry ? { defaultCountry } : {});
  return !result.ok && result.code === 'phone-not-international';
}

/** The phone fields whose number needs a country to be read (none is set: `defaultCountry` undefined or ''). */
export function nationalNumberFields(values: ContactFormValues, defaultCountry?: string): PhoneField[] {
  return PHONE_FIELDS.filter((field) => isNationalNumber(values[field], defaultCountry));
}

/**
 * `values` with each of `fields` read as a number of `country` and written in international form. A field that is
 * no number of that country is left as written (the form then shows why), and listed in `unread`.
 */
export function readNationalNumbers(values: ContactFormValues, fields: readonly PhoneField[], country: string): { values: ContactFormValues; unread: PhoneField[] } {
  const next = { ...values };
  const unread: PhoneField[] = [];
  for (const field of fields) {
    const result = normalizePhone(values[field].trim(), { defaultCountry: country });
    if (result.ok && result.valid) next[field] = result.display;
    else unread.push(field);
  }
  return { values: next, unread };
}
