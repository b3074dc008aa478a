/** The default country for national numbers (issue 5: "default country from settings"), with localised names. */
import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';

export interface CountrySettingProps {
  country: string;
  /** ISO codes to offer. */
  countries: readonly string[];
  locale: string;
  /** The server's own rule, shown in server mode (it decides what uploads accept). */
  serverCountry: string | null | undefined;
  onSave: (country: string) => Promise<void>;
}

export function CountrySetting({ country, countries, locale, serverCountry, onSave }: CountrySettingProps) {
  const [value, setValue] = useState(country);
  const [status, setStatus] = useState('');
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return countries.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [countries, locale]);
  return (
    <section aria-labelledby="country-title" class="card">
      <h3 id="country-title">{i18n.t('countryTitle')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(value).then(() => setStatus(i18n.t('callMethodSaved')));
        }}
      >
        <label for="default-country">{i18n.t('countryLabel')}</label>
        <select id="default-country" value={value} aria-describedby="country-help" onChange={(e) => setValue(e.currentTarget.value)}>
          <option value="">{i18n.t('countryNone')}</option>
          {options.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
        <p id="country-help" class="hint">
          {i18n.t('countryHelp')}
          {serverCountry !== undefined ? ` ${serverCountry ? i18n.t('countryServer', [serverCountry]) : i18n.t('countryServerNone')}` : ''}
        </p>
        <button type="submit">{i18n.t('save')}</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
