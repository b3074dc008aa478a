/** Export (CSV, Excel-safe and re-importable; vCard) and the example CSV with the English or French header (issue 5). */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';

export interface ExportSectionProps {
  count: number;
  onExport: (format: 'csv' | 'vcard') => void;
  onTemplate: (locale: 'en' | 'fr') => void;
}

export function ExportSection({ count, onExport, onTemplate }: ExportSectionProps) {
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{i18n.t('exportTitle')}</h2>
      <p>{i18n.t('exportHelp', count, [uiCount(count)])}</p>
      <div class="buttons">
        <button type="button" id="export-csv" onClick={() => onExport('csv')} disabled={count === 0}>
          {i18n.t('exportCsv')}
        </button>
        <button type="button" id="export-vcard" onClick={() => onExport('vcard')} disabled={count === 0}>
          {i18n.t('exportVcard')}
        </button>
      </div>
      <h3>{i18n.t('templateTitle')}</h3>
      <p>{i18n.t('templateHelp')}</p>
      <div class="buttons">
        <button type="button" id="template-en" onClick={() => onTemplate('en')}>
          {i18n.t('templateEnglish')}
        </button>
        <button type="button" id="template-fr" onClick={() => onTemplate('fr')}>
          {i18n.t('templateFrench')}
        </button>
      </div>
    </section>
  );
}
