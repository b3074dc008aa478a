/**
 * A date and time as the console shows it (issue 11: "EN/FR dates"): "Jan 31, 2026, 9:05 AM" / "31 janv. 2026,
 * 09:05", in the reader's language and their computer's time zone (the server stores UTC).
 */
type Locale = 'en' | 'fr';

const TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };
const formats = new Map<string, Intl.DateTimeFormat>();

/** `iso` (ISO 8601) in `locale`; `timeZone` for tests, else the computer's own. A bad date is shown as given. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (format === undefined) formats.set(key, (format = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone })));
  return format.format(time);
}
