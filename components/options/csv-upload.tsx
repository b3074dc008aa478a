/**
 * Upload a CSV or vCard file (issue 5, issue 13): pick or drop a file; the browser checks it at once and shows what will happen; the admin
 * picks the duplicate policy and confirms; a progress bar runs during the upload; then the counts, an undo button
 * and the rejected lines to download. A refused file gets one message and nothing is imported.
 */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import { useState } from 'preact/hooks';
import type { ImportResponse, UndoResponse } from '../../lib/api/api';
import type { CsvFile, UploadStep } from '../../extension/admin/admin-uploads';
import type { DuplicatePolicy, ImportReport } from '../../lib/contact/contact';
import { formatBareMessage, type Locale } from '../../lib/messages/messages';
import { UploadPreview } from './upload-preview';
import { UploadResult } from './upload-result';


export interface CsvUploadProps {
  locale: Locale;
  /** The most lines one file may hold (the directory's rule), shown in the help. */
  maxContacts: number;
  preview: (file: CsvFile, policy: DuplicatePolicy) => Promise<ImportReport>;
  upload: (file: CsvFile, policy: DuplicatePolicy, onStep: (step: UploadStep) => void) => Promise<ImportResponse>;
  undo: (importId: string) => Promise<UndoResponse>;
  downloadRejected: (file: CsvFile, report: ImportReport) => void;
  /** Called after an import or an undo changed the directory. */
  onChanged: () => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; file: CsvFile; report: ImportReport; policy: DuplicatePolicy; failure?: string }
  | { kind: 'uploading'; file: CsvFile; report: ImportReport; policy: DuplicatePolicy; step: UploadStep }
  | { kind: 'done'; file: CsvFile; result: ImportResponse };

const STEPS: UploadStep[] = ['sending', 'syncing', 'done'];

export function CsvUpload(props: CsvUploadProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const { locale } = props;

  const check = async (file: CsvFile, policy: DuplicatePolicy) => {
    const report = await props.preview(file, policy);
    performance.mark('upload-previewed');
    if (!report.ok && report.error) setState({ kind: 'refused', message: formatBareMessage(report.error.code, report.error.params, locale) });
    else setState({ kind: 'preview', file, report, policy });
  };

  const pick = async (picked: File | undefined) => {
    if (!picked) return;
    performance.mark('upload-picked');
    setState({ kind: 'checking', name: picked.name });
    const file = { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
    await check(file, 'skip');
  };

  const confirm = async () => {
    if (state.kind !== 'preview') return;
    performance.mark('upload-confirmed');
    const { file, report, policy } = state;
    setState({ kind: 'uploading', file, report, policy, step: 'sending' });
    try {
      const result = await props.upload(file, policy, (step) => setState({ kind: 'uploading', file, report, policy, step }));
      performance.mark('upload-done');
      if (!result.ok && result.error) setState({ kind: 'refused', message: formatBareMessage(result.error.code, result.error.params, locale) });
      else setState({ kind: 'done', file, result });
      props.onChanged();
    } catch (error) {
      const failure = i18n.t('uploadFailed', [error instanceof Error ? error.message : String(error)]);
      setState({ kind: 'preview', file, report, policy, failure });
    }
  };

  return (
    <section aria-labelledby="upload-title" class="card">
      <h3 id="upload-title">{i18n.t('uploadTitle')}</h3>
      <p>{i18n.t('uploadHelp', props.maxContacts, [uiCount(props.maxContacts)])}</p>
      <label
        for="csv-file"
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void pick(e.dataTransfer?.files[0]);
        }}
      >
        {i18n.t('dropHere')}
      </label>
      <input
        id="csv-file"
        type="file"
        accept=".csv,.vcf,text/csv,text/vcard"
        onChange={(e) => {
          const input = e.currentTarget;
          void pick(input.files?.[0]).finally(() => (input.value = ''));
        }}
      />
      <div aria-live="polite" id="upload-live">
        {state.kind === 'checking' ? <p>{i18n.t('checkingFile', [state.name])}</p> : null}
        {state.kind === 'refused' ? (
          <p class="error" role="alert" id="upload-refused">
            {i18n.t('fileRefused', [state.message])}
          </p>
        ) : null}
      </div>
      {state.kind === 'preview' || state.kind === 'uploading' ? (
        <UploadPreview
          report={state.report}
          policy={state.policy}
          locale={locale}
          busy={state.kind === 'uploading'}
          failure={state.kind === 'preview' ? state.failure : undefined}
          onPolicy={(policy) => void check(state.file, policy)}
          onConfirm={() => void confirm()}
          onCancel={() => setState({ kind: 'idle' })}
          onDownloadRejected={() => props.downloadRejected(state.file, state.report)}
        />
      ) : null}
      {state.kind === 'uploading' ? (
        <div class="progress">
          <label for="upload-progress">{i18n.t(state.step === 'sending' ? 'stepSending' : state.step === 'syncing' ? 'stepSyncing' : 'stepDone')}</label>
          <progress id="upload-progress" max={STEPS.length} value={STEPS.indexOf(state.step) + 1} />
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <UploadResult
          result={state.result}
          undo={async (importId) => {
            const undone = await props.undo(importId);
            props.onChanged();
            return undone;
          }}
          onDownloadRejected={() => props.downloadRejected(state.file, state.result)}
        />
      ) : null}
    </section>
  );
}
