/**
 * lib/phone's `formatPhoneForDisplay`, made cheap for the first sync (issue 4: 100,000 contacts ≤ 5 s). That
 * function parses each number again (country detection walks the type patterns of every country sharing the
 * calling code) and compiles the format's regular expressions on every call: ~35 µs a number, most of a first sync.
 * Formatting needs neither: libphonenumber-js formats with the formats of the calling code's main country (the other
 * countries of a shared code have none of their own in `max`), chosen by leading digits and whole pattern. This
 * file compiles those once per calling code and applies the same rules, so the text is the same (checked on every
 * calling code by tests/extension/fast-format-phone.test.ts); anything unusual goes to `formatPhoneForDisplay`.
 */
import { Metadata } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { formatPhoneForDisplay } from '../../lib/phone/phone';
import { splitCallingCode } from '../../lib/search/search-calling-code';

/** What libphonenumber-js's `Format` offers (not in its typings; stable since 1.7). */
interface LibFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  internationalFormat(): string;
}

interface LibPlan {
  formats(): LibFormat[];
  nationalPrefixForParsing(): string | undefined;
}

interface CompiledPlan {
  /**
   * What parsing would strip as a national prefix (`0` in `+270…`, `1` in `+11…`): such a number is not what the
   * server stores (its E.164 comes out of that parse), and formatting it takes the slow path to stay the same.
   */
  prefix: RegExp | null;
  formats: CompiledFormat[];
}

interface CompiledFormat {
  /** The last leading-digits pattern, anchored (libphonenumber-js: `number.search(pattern) === 0`). */
  leading: RegExp | null;
  whole: RegExp;
  replace: RegExp;
  international: string;
}

/** libphonenumber-js's VALID_PUNCTUATION: international format turns each run of these into one space. */
const PUNCTUATION = /[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E]+/g;
const E164 = /^\+\d+$/;
/** libphonenumber-js parses national numbers of 2 to 17 digits only; others go to the slow path. */
const MIN_NATIONAL = 2;
const MAX_NATIONAL = 17;

const compiled = new Map<string, CompiledPlan | null>();

function compile(code: string): CompiledPlan | null {
  try {
    const selected = new Metadata(metadata);
    selected.selectNumberingPlan(code as never);
    const plan = selected.numberingPlan as unknown as LibPlan;
    const prefix = plan.nationalPrefixForParsing();
    const formats = plan.formats().map((format) => {
      const leading = format.leadingDigitsPatterns().at(-1);
      return {
        leading: leading === undefined ? null : new RegExp(`^(?:${leading})`),
        whole: new RegExp(`^(?:${format.pattern()})$`),
        replace: new RegExp(format.pattern()),
        international: format.internationalFormat(),
      };
    });
    return { prefix: prefix ? new RegExp(`^(?:${prefix})`) : null, formats };
  } catch {
    // A calling code the metadata does not know: the slow path says what to show.
    return null;
  }
}

/** The international display form of an E.164 number, as `formatPhoneForDisplay` writes it. */
export function fastFormatPhone(e164: string): string {
  if (!E164.test(e164)) return formatPhoneForDisplay(e164);
  const split = splitCallingCode(e164.slice(1));
  if (split === null || split.national.length < MIN_NATIONAL || split.national.length > MAX_NATIONAL) return formatPhoneForDisplay(e164);
  const { code, national } = split;
  if (!compiled.has(code)) compiled.set(code, compile(code));
  const plan = compiled.get(code);
  if (!plan || (plan.prefix?.exec(national)?.[0].length ?? 0) > 0) return formatPhoneForDisplay(e164);
  const format = plan.formats.find((f) => (f.leading === null || f.leading.test(national)) && f.whole.test(national));
  if (!format) return `+${code} ${national}`;
  return `+${code} ${national.replace(format.replace, format.international).replace(PUNCTUATION, ' ').trim()}`;
}
