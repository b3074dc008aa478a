/**
 * The console's Import section (issues 5 and 11): upload a CSV (preview, progress, result with undo), the example
 * files with the English or French header, and the history of imports with Undo while it still applies.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';

export interface ImportSectionProps {
  /** The upload (components/options/csv-upload.tsx); `null` until the local copy is open. */
  upload: ComponentChildren;
  /** Why the sync after the last server import or undo failed, if it did. */
  syncProblem: string | null;
  onTemplate: (language: 'en' | 'fr') => void;
  history: ComponentChildren;
}

export function ImportSection({ upload, syncProblem, onTemplate, history }: ImportSectionProps) {
  return (
    <>
      <div class="section-head">
        <h2 id="import-title" tabIndex={-1}>
          {i18n.t('importTitle')}
        </h2>
      </div>
      {upload}
      {syncProblem ? (
        <p id="upload-sync-problem" class="error" role="alert">
          {i18n.t('syncAfterUploadFailed', [syncProblem])}
        </p>
      ) : null}
      <section aria-labelledby="template-title" class="card">
        <h3 id="template-title">{i18n.t('templateTitle')}</h3>
        <p>{i18n.t('templateHelp')}</p>
        <div class="buttons">
          <button type="button" class="secondary" id="template-en" onClick={() => onTemplate('en')}>
            {i18n.t('templateEnglish')}
          </button>
          <button type="button" class="secondary" id="template-fr" onClick={() => onTemplate('fr')}>
            {i18n.t('templateFrench')}
          </button>
        </div>
      </section>
      {history}
    </>
  );
}
