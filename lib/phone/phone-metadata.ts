/**
 * libphonenumber-js's `PhoneNumber.isValid()` and `formatInternational()`, minus their cost: the library compiles
 * each metadata pattern into a new RegExp on every call, which made validity cost as much as parsing (issue 2's
 * bench: ≤ 1.5× papaparse + parse), and formatting every number as it is written (issue 9: the display form is
 * stored with the phone) half as much again. Here each numbering plan's patterns are compiled once, and the rules
 * are the library's own:
 * - valid: the national number matches the plan's national pattern and the pattern of at least one number type
 *   whose lengths fit (the library's getNumberType);
 * - international format: the first of the plan's formats whose last leading-digits pattern matches at the start
 *   and whose pattern matches the whole national number, applied with its international format, punctuation runs
 *   turned into one space (the library's chooseFormatForNumber, formatNationalNumberUsingFormat,
 *   applyInternationalSeparatorStyle).
 * Tests check both agree with the library on generated numbers of every calling code.
 *
 * This is the only file that touches libphonenumber-js internals (issue 9). They are not part of its typed API, so
 * the package is pinned to the exact version 1.13.16 in package.json, and tests/lib/phone/phone-metadata.test.ts
 * fails on any other installed version or on a change of the methods used here: check them again before upgrading.
 */
import { Metadata } from 'libphonenumber-js/max';

/** The parts of libphonenumber-js's Metadata class this needs (present at runtime, untyped in its .d.ts). */
interface NumberType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface Format {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  internationalFormat(): string;
}
interface MetadataRuntime {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasTypes(): boolean;
  nationalNumberPattern(): string;
  type(name: string): NumberType | undefined;
  /** The plan's formats, or its calling code's main country's (NANPA, RU/KZ…). */
  formats(): Format[];
}

interface CompiledFormat {
  /** The last leading-digits pattern, anchored (the library: `number.search(pattern) === 0`). */
  leading: RegExp | null;
  whole: RegExp;
  replace: RegExp;
  international: string;
}

interface Plan {
  national: RegExp;
  /** Each number type's pattern and lengths; null when the plan has none (the national pattern decides alone). */
  types: { pattern: RegExp; lengths: number[] | undefined }[] | null;
  formats: CompiledFormat[];
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
/** libphonenumber-js's VALID_PUNCTUATION: the international format turns each run of these into one space. */
const PUNCTUATION = /[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E]+/g;

const metadata = new Metadata() as unknown as MetadataRuntime;
const compiled = new Map<string, RegExp>();
const plans = new Map<string, Plan>();

function regex(pattern: string, prefix = '^(?:', suffix = ')$'): RegExp {
  const key = `${prefix}${pattern}${suffix}`;
  let re = compiled.get(key);
  if (re === undefined) compiled.set(key, (re = new RegExp(key)));
  return re;
}

function plan(key: string): Plan {
  const known = plans.get(key);
  if (known !== undefined) return known;
  metadata.selectNumberingPlan(key);
  const types = TYPES.flatMap((name) => {
    const type = metadata.type(name);
    const pattern = type?.pattern();
    return type && pattern ? [{ pattern: regex(pattern), lengths: type.possibleLengths() }] : [];
  });
  const formats = metadata.formats().map((format) => {
    const leading = format.leadingDigitsPatterns().at(-1);
    return {
      leading: leading === undefined ? null : regex(leading, '^(?:', ')'),
      whole: regex(format.pattern()),
      replace: regex(format.pattern(), '', ''),
      international: format.internationalFormat(),
    };
  });
  const value = { national: regex(metadata.nationalNumberPattern()), types: metadata.hasTypes() ? types : null, formats };
  plans.set(key, value);
  return value;
}

/**
 * Does `nationalNumber` fit the numbering plan's general pattern (its digits could belong to the plan at all, whatever
 * the type)? Weaker than valid: `555 123 4567` fits the US plan (a fictional area code); `030 1234567` does not (no
 * US number starts with 0). Click-to-call asks it of national numbers (issue 13).
 */
export function fitsNumberingPlan(countryOrCallingCode: string, nationalNumber: string): boolean {
  return plan(countryOrCallingCode).national.test(nationalNumber);
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

/**
 * A parsed number in international format (`+33 6 12 34 56 78`), as libphonenumber-js's `formatInternational()`
 * writes it: `countryOrCallingCode` as for {@link isValidNationalNumber} (the parsed country, else its calling code).
 */
export function formatInternationalNumber(countryOrCallingCode: string, callingCode: string, nationalNumber: string): string {
  const format = plan(countryOrCallingCode).formats.find((f) => (f.leading === null || f.leading.test(nationalNumber)) && f.whole.test(nationalNumber));
  if (format === undefined) return `+${callingCode} ${nationalNumber}`;
  return `+${callingCode} ${nationalNumber.replace(format.replace, format.international).replace(PUNCTUATION, ' ').trim()}`;
}
