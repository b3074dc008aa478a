/**
 * Above the add form (issue 9, defect 10): the national numbers a selection held that no country reads yet, what they
 * need ("06 12 34 56 78: choose the country of national numbers"), and a country to read them as, suggested from
 * the server's default country or the browser's language.
 */
import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';

export interface NationalNumbersNoticeProps {
  /** The numbers as written, in form order. */
  numbers: readonly string[];
  /** ISO code to preselect ('' for none). */
  suggested: string;
  /** ISO codes to offer. */
  countries: readonly string[];
  locale: string;
  /** The numbers the chosen country could not read, as written (shown after a try). */
  unread: readonly string[];
  onRead: (country: string) => void;
}

export function NationalNumbersNotice({ numbers, suggested, countries, locale, unread, onRead }: NationalNumbersNoticeProps) {
  const [country, setCountry] = useState(suggested);
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return countries.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [countries, locale]);
  const countryName = options.find((option) => option.code === country)?.name ?? country;
  return (
    <div class="notice" id="national-numbers" role="status">
      <p>{i18n.t('nationalFound', [numbers.join(', ')])}</p>
      <label for="national-country">{i18n.t('nationalCountryLabel')}</label>{' '}
      <select id="national-country" value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
        <option value="">—</option>
        {options.map(({ code, name }) => (
          <option key={code} value={code}>
            {name} ({code})
          </option>
        ))}
      </select>{' '}
      <button type="button" id="national-read" disabled={country === ''} onClick={() => onRead(country)}>
        {i18n.t('nationalRead')}
      </button>
      {unread.length > 0 ? <p class="error">{i18n.t('nationalUnread', [unread.join(', '), countryName])}</p> : null}
    </div>
  );
}
