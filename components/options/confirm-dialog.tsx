/**
 * A modal confirmation (deleting a contact, revoking a token; issues 5 and 11). Keyboard: focus starts on Cancel,
 * the safe choice; Esc closes it; focus stays inside while it is open (the browser's modal `<dialog>`).
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  /** Shown while set; `null` closes the dialog. */
  title: string | null;
  help: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ title, help, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (title !== null && !element.open) {
      element.showModal();
      cancel.current?.focus();
    } else if (title === null && element.open) element.close();
  }, [title]);

  return (
    <dialog ref={dialog} aria-labelledby="confirm-title" aria-describedby="confirm-help" onClose={onClose}>
      <h3 id="confirm-title">{title ?? ''}</h3>
      <p id="confirm-help">{help}</p>
      <div class="buttons end">
        <button type="button" ref={cancel} class="secondary" onClick={() => dialog.current?.close()}>
          {i18n.t('cancel')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
