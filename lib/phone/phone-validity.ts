/**
 * `PhoneNumber.isValid()` of libphonenumber-js, minus its cost: the library compiles each metadata pattern into a
 * new RegExp on every call, which made validity cost as much as parsing (issue 2's bench: ≤ 1.5× papaparse + parse).
 * Same rule as the library's getNumberType: the national number matches the country's national pattern and the
 * pattern of at least one number type whose lengths fit — with each RegExp compiled once. A test checks it agrees
 * with `isValid()` on generated numbers.
 *
 * This is the only file that touches libphonenumber-js internals (issue 9). They are not part of its typed API, so
 * the package is pinned to the exact version 1.13.16 in package.json, and tests/lib/phone/phone-validity.test.ts
 * fails on any other installed version or on a change of the methods used here: check them again before upgrading.
 */
import { Metadata } from 'libphonenumber-js/max';

/** The part of libphonenumber-js's Metadata class this needs (present at runtime, untyped in its .d.ts). */
interface NumberType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface MetadataRuntime {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasTypes(): boolean;
  nationalNumberPattern(): string;
  type(name: string): NumberType | undefined;
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const metadata = new Metadata() as unknown as MetadataRuntime;
const compiled = new Map<string, RegExp>();
/** Per numbering plan: the national pattern and each type's [pattern, lengths]. */
const plans = new Map<string, { national: RegExp; types: { pattern: RegExp; lengths: number[] | undefined }[] | null }>();

function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (re === undefined) compiled.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re;
}

function plan(key: string) {
  const known = plans.get(key);
  if (known !== undefined) return known;
  metadata.selectNumberingPlan(key);
  const types = TYPES.flatMap((name) => {
    const type = metadata.type(name);
    const pattern = type?.pattern();
    return type && pattern ? [{ pattern: regex(pattern), lengths: type.possibleLengths() }] : [];
  });
  // Without type patterns the library falls back to the national pattern alone.
  const value = { national: regex(metadata.nationalNumberPattern()), types: metadata.hasTypes() ? types : null };
  plans.set(key, value);
  return value;
}

/**
 * Is `nationalNumber` valid in the numbering plan of `country` (or, when the country is unknown, of the calling
 * code's main country), as libphonenumber-js's `isValid()` says with `max` metadata?
 */
export function isValidNationalNumber(countryOrCallingCode: string, nationalNumber: string): boolean {
  const selected = plan(countryOrCallingCode);
  if (!selected.national.test(nationalNumber)) return false;
  if (selected.types === null) return true;
  const length = nationalNumber.length;
  return selected.types.some((type) => (type.lengths === undefined || type.lengths.includes(length)) && type.pattern.test(nationalNumber));
}
