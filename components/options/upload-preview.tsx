/**
 * What an upload will do, before it happens (issue 5): what the file was recognised as and how its columns were
 * mapped (issue 13), the counts, the duplicate policy, the problem lines.
 */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import { useEffect, useRef } from 'preact/hooks';
import type { DuplicatePolicy, ImportReport } from '../../lib/contact/contact';
import { describeImport } from '../../lib/import/describe-import';
import type { Locale } from '../../lib/messages/messages';
import { ProblemTable } from './problem-table';

export interface UploadPreviewProps {
  report: ImportReport;
  policy: DuplicatePolicy;
  locale: Locale;
  busy: boolean;
  failure?: string;
  onPolicy: (policy: DuplicatePolicy) => void;
  onConfirm: () => void;
  onCancel: () => void;
  onDownloadRejected: () => void;
}

export function UploadPreview({ report, policy, locale, busy, failure, ...on }: UploadPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the result of their pick.
  useEffect(() => {
    heading.current?.focus();
    performance.mark('upload-preview-shown');
  }, [report]);
  const toWrite = report.contacts.length + report.updates.length;
  const existing = report.duplicates.filter((duplicate) => 'id' in duplicate.of).length;
  const read = describeImport(report, locale);
  return (
    <div class="preview" id="upload-preview">
      <h4 tabIndex={-1} ref={heading}>
        {i18n.t('previewTitle', [report.file])}
      </h4>
      <p id="preview-format">{read.recognised}</p>
      {read.mapping === null ? null : <p id="preview-mapping">{read.mapping}</p>}
      <ul class="counts" id="preview-counts">
        <li data-count="create">{i18n.t('previewCreate', report.contacts.length, [uiCount(report.contacts.length)])}</li>
        {report.updates.length > 0 ? <li data-count="update">{i18n.t('previewUpdate', report.updates.length, [uiCount(report.updates.length)])}</li> : null}
        <li data-count="duplicates">{i18n.t('previewDuplicates', report.duplicates.length, [uiCount(report.duplicates.length)])}</li>
        <li data-count="rejected">{i18n.t('previewRejected', report.rejected.length, [uiCount(report.rejected.length)])}</li>
        <li data-count="warnings">{i18n.t('previewWarnings', report.warnings.length, [uiCount(report.warnings.length)])}</li>
      </ul>
      <fieldset disabled={busy}>
        <legend>{i18n.t('policyLegend')}</legend>
        <label class="choice">
          <input type="radio" name="policy" value="skip" checked={policy === 'skip'} onChange={() => on.onPolicy('skip')} />
          {i18n.t('policySkip')}
        </label>
        <label class="choice">
          <input type="radio" name="policy" value="update" checked={policy === 'update'} onChange={() => on.onPolicy('update')} />
          {i18n.t('policyUpdate')}
        </label>
        {existing === 0 && policy === 'skip' ? <p class="hint">{i18n.t('policyNoExisting')}</p> : null}
      </fieldset>
      <ProblemTable id="rejected-table" caption={i18n.t('rejectedCaption')} problems={report.rejected} locale={locale} />
      {/* The rejected-lines file holds our CSV's own lines; a Google, Outlook or vCard line is fixed where it was exported (issue 13). */}
      {report.rejected.length > 0 && (report.format ?? 'contacts-csv') === 'contacts-csv' ? (
        <button type="button" onClick={on.onDownloadRejected}>
          {i18n.t('downloadRejected')}
        </button>
      ) : null}
      <ProblemTable id="duplicates-table" caption={i18n.t('duplicatesCaption')} problems={report.duplicates} locale={locale} />
      <ProblemTable id="warnings-table" caption={i18n.t('warningsCaption')} problems={report.warnings} locale={locale} />
      {failure ? (
        <p class="error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="buttons">
        <button type="button" class="primary" id="confirm-upload" disabled={busy || toWrite === 0} onClick={on.onConfirm}>
          {i18n.t('confirmUpload', toWrite, [uiCount(toWrite)])}
        </button>
        <button type="button" disabled={busy} onClick={on.onCancel}>
          {i18n.t('cancel')}
        </button>
      </div>
    </div>
  );
}
