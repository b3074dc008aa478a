/**
 * The country to offer for national numbers a selection held (issue 9, defect 10): the directory server's default
 * country (GET /api/v1/me `rules.defaultCountry`), else the one of the extension's settings, else the region of the
 * browser's language ("fr-FR" → FR, "de" → DE, as the runtime's likely-subtags data fills it in).
 */
import { isKnownCountry } from '../phone/phone';

export interface CountryHints {
  server?: string | null;
  settings?: string | null;
  /** `navigator.language`, e.g. "fr-FR" or "de". */
  language?: string | null;
}

/** The first known country of `hints`, as an ISO 3166 alpha-2 code, or '' when none gives one. */
export function suggestCountry(hints: CountryHints): string {
  for (const code of [hints.server, hints.settings, regionOf(hints.language)]) {
    const upper = code?.toUpperCase() ?? '';
    if (isKnownCountry(upper)) return upper;
  }
  return '';
}

function regionOf(language: string | null | undefined): string | undefined {
  if (!language) return undefined;
  try {
    return new Intl.Locale(language).maximize().region;
  } catch {
    return undefined; // not a language tag: no suggestion from it
  }
}
