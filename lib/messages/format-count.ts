/**
 * Counts in the reader's language (issue 9, defect 3): "1,000" / "1 000" with the runtime's own number data, and the
 * plural form a count takes ("1 contact", "0 contact" in French, "0 contacts" in English) from Intl.PluralRules,
 * so no message shows "$1", "10009" or "1 contacts".
 */
/** The two languages of the product (the same union as messages.ts's `Locale`, kept here so no import circles back). */
type Locale = 'en' | 'fr';

/**
 * The message parameters that hold a count; the catalog shows them with {@link formatCount}. Line numbers (`line`,
 * `ofLine`, `withLine`) are positions, written as a spreadsheet numbers its rows ("Line 10009"), so not here.
 */
export const COUNT_PARAMS = ['count', 'max', 'parts', 'length', 'width'] as const;

const TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** `1000` → `1,000` in English, `1 000` (narrow no-break space, as Intl writes French) in French. */
export function formatCount(count: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (format === undefined) numberFormats.set(locale, (format = new Intl.NumberFormat(TAGS[locale])));
  return format.format(count);
}

/** A count parameter as shown: formatted when it is a number, as given otherwise. */
export function formatCountParam(value: unknown, locale: Locale): string {
  return typeof value === 'number' ? formatCount(value, locale) : String(value);
}

/**
 * Whether `count` takes the singular in `locale`: English 1 only, French 0 and 1 (CLDR plural rules).
 * French's "many" (1 000 000 de …) reads well enough as the plural with digits, so only "one" is singular.
 */
export function isSingular(count: number, locale: Locale): boolean {
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(TAGS[locale])));
  return rules.select(count) === 'one';
}

/** `one` or `other` as `count` requires in `locale`: `plural(1, 'fr', 'champ', 'champs')` → `'champ'`. */
export function plural(count: number, locale: Locale, one: string, other: string): string {
  return isSingular(count, locale) ? one : other;
}
