/**
 * Undoing an import from a list (issue 11): the Activity section and the import history both offer Undo on a row, and
 * say the same things while it runs and after (how many contacts came back, how many were left because they changed).
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { uiCount } from '../components/ui-count';
import { undoFailure } from '../components/options/undo-failure';
import type { UndoResponse } from '../lib/api/api';

export interface UndoStatus {
  text: string;
  error: boolean;
}

/** `undo(importId)` runs `onUndo`; `busy` is the import being undone (null when none), `status` what to announce. */
export function useUndoImport(onUndo: (importId: string) => Promise<UndoResponse>) {
  const [status, setStatus] = useState<UndoStatus | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const undo = (importId: string) => {
    setBusy(importId);
    setStatus({ text: i18n.t('undoing'), error: false });
    onUndo(importId)
      .then(
        (answer) => setStatus({ text: i18n.t('undoDone', answer.undone.length, [uiCount(answer.undone.length), uiCount(answer.skipped.length)]), error: false }),
        (error: unknown) => setStatus({ text: i18n.t('undoFailed', [undoFailure(error)]), error: true }),
      )
      .finally(() => setBusy(null));
  };
  return { status, busy, undo };
}
