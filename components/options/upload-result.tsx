/** The confirmation after an upload (issue 5): the counts, undo, and the rejected lines to download. */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportResponse, UndoResponse } from '../../lib/api/api';
import { undoFailure } from './undo-failure';

export interface UploadResultProps {
  result: ImportResponse;
  undo: (importId: string) => Promise<UndoResponse>;
  onDownloadRejected: () => void;
}

export function UploadResult({ result, undo, onDownloadRejected }: UploadResultProps) {
  const [undone, setUndone] = useState<UndoResponse | 'busy' | { error: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    performance.mark('upload-result-shown');
  }, [result]);
  const { counts } = result;

  const runUndo = () => {
    if (!result.importId) return;
    setUndone('busy');
    undo(result.importId).then(setUndone, (error: unknown) => setUndone({ error: undoFailure(error) }));
  };

  return (
    <div class="result" id="upload-result">
      <h4 tabIndex={-1} ref={heading} id="upload-confirmation">
        {i18n.t('uploadDone', counts.created, [uiCount(counts.created), uiCount(counts.updated)])}
      </h4>
      <p>{i18n.t('uploadDoneDetails', counts.duplicates, [uiCount(counts.duplicates), uiCount(counts.rejected)])}</p>
      <div class="buttons">
        {result.importId ? (
          <button type="button" id="undo-upload" onClick={runUndo} disabled={undone !== null && (undone === 'busy' || !('error' in undone))}>
            {i18n.t('undoUpload')}
          </button>
        ) : null}
        {counts.rejected > 0 && (result.format ?? 'contacts-csv') === 'contacts-csv' ? (
          <button type="button" onClick={onDownloadRejected}>
            {i18n.t('downloadRejected')}
          </button>
        ) : null}
      </div>
      <p role="status" id="undo-status" class={undone && typeof undone === 'object' && 'error' in undone ? 'error' : ''}>
        {undone === 'busy' ? i18n.t('undoing') : null}
        {undone && typeof undone === 'object' && 'undone' in undone ? i18n.t('undoDone', undone.undone.length, [uiCount(undone.undone.length), uiCount(undone.skipped.length)]) : null}
        {undone && typeof undone === 'object' && 'error' in undone ? i18n.t('undoFailed', [undone.error]) : null}
      </p>
    </div>
  );
}
