/**
 * Manage (issue 5): search the directory, then edit or delete a contact. Deleting asks first, in a modal dialog
 * (keyboard: focus starts on Cancel, Esc closes it). Shows the first results only; typing narrows them.
 */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { StoredContact } from '../../extension/storage/db';

const MANAGE_LIMIT = 50;

export interface ContactManagerProps {
  contacts: readonly StoredContact[];
  /** Indexes into `contacts`, best first; null while the index is built. */
  search: ((text: string) => Uint32Array) | null;
  onEdit: (contact: StoredContact) => void;
  onDelete: (contact: StoredContact) => Promise<string>;
}

export function ContactManager({ contacts, search, onEdit, onDelete }: ContactManagerProps) {
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<StoredContact | null>(null);
  const [status, setStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  const found = useMemo(() => {
    if (query.trim() === '' || search === null) return contacts;
    return Array.from(search(query), (i) => contacts[i]!);
  }, [contacts, search, query]);
  const shown = found.slice(0, MANAGE_LIMIT);

  const askDelete = (contact: StoredContact) => {
    setConfirming(contact);
    dialog.current?.showModal();
  };
  const confirmDelete = () => {
    const contact = confirming;
    dialog.current?.close();
    if (!contact) return;
    void onDelete(contact)
      .catch((error: unknown) => i18n.t('saveFailed', [error instanceof Error ? error.message : String(error)]))
      .then(setStatus);
  };

  return (
    <section aria-labelledby="manage-title">
      <h2 id="manage-title">{i18n.t('manageTitle')}</h2>
      <label for="manage-search">{i18n.t('manageSearchLabel')}</label>
      <input id="manage-search" type="search" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <p id="manage-count" aria-live="polite">
        {found.length > shown.length
          ? i18n.t('manageCountMore', shown.length, [uiCount(shown.length), uiCount(found.length)])
          : i18n.t('manageCount', found.length, [uiCount(found.length)])}
      </p>
      <ul class="manage-list">
        {shown.map((contact) => (
          <li key={contact.id} class="manage-row">
            <div class="manage-text">
              <span class="name">{contact.name}</span>
              {contact.position ? <span class="position"> — {contact.position}</span> : null}
              <div class="details">{[contact.email, ...contact.phones.map((phone) => phone.display)].filter(Boolean).join(' · ')}</div>
            </div>
            <button type="button" onClick={() => onEdit(contact)} aria-label={i18n.t('editAria', [contact.name])}>
              {i18n.t('edit')}
            </button>
            <button type="button" onClick={() => askDelete(contact)} aria-label={i18n.t('deleteAria', [contact.name])}>
              {i18n.t('delete')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" id="manage-status">
        {status}
      </p>
      <dialog ref={dialog} aria-labelledby="delete-title" onClose={() => setConfirming(null)}>
        <h3 id="delete-title">{confirming ? i18n.t('deleteConfirm', [confirming.name]) : ''}</h3>
        <p>{i18n.t('deleteConfirmHelp')}</p>
        <div class="buttons">
          <button type="button" class="danger" onClick={confirmDelete}>
            {i18n.t('delete')}
          </button>
          <button type="button" autofocus onClick={() => dialog.current?.close()}>
            {i18n.t('cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
