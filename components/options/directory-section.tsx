/**
 * The console's Directory section (issues 5 and 11): the popup's search, a count, the virtualised table sortable by
 * name and position, and for admins the add/edit form, the writes the server refused, delete with confirmation and
 * the exports. Members get the same table, read-only. Data and actions come in as props: nothing here calls the
 * worker, storage or the network (issue 9).
 */
import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { ConfirmDialog } from './confirm-dialog';
import { ConflictList } from './conflict-list';
import { ContactForm } from './contact-form';
import { DirectoryTable } from './directory-table';
import { uiCount } from '../ui-count';
import type { ConflictRecord, StoredContact } from '../../extension/storage/db';
import type { ContactEditor } from '../../hooks/use-contact-editor';
import type { ContactFields } from '../../lib/contact/contact';
import type { DuplicateMatch } from '../../lib/contact/find-duplicate';
import { nextSortOrder, sortContacts, type SortOrder } from '../../lib/console/sort-contacts';
import type { Locale } from '../../lib/messages/messages';

export interface DirectorySectionProps {
  contacts: readonly StoredContact[];
  /** Indexes into `contacts`, best first; null while there is nothing to index. */
  search: ((text: string) => Uint32Array) | null;
  locale: Locale;
  /** `null` for members: the table is read-only. */
  admin: {
    editor: ContactEditor;
    conflicts: readonly ConflictRecord[];
    defaultCountry: string | undefined;
    duplicateOf: (fields: ContactFields, exceptId: string | null) => DuplicateMatch | null;
    dismissConflict: (conflict: ConflictRecord) => void;
    onExport: (format: 'csv' | 'vcard') => void;
  } | null;
}

export function DirectorySection({ contacts, search, locale, admin }: DirectorySectionProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortOrder | null>(null);
  const [confirming, setConfirming] = useState<StoredContact | null>(null);
  const [status, setStatus] = useState('');

  const found = useMemo(() => {
    if (query.trim() === '' || search === null) return contacts;
    return Array.from(search(query), (i) => contacts[i]!);
  }, [contacts, search, query]);
  // Without a query the stored order is by name already; with one, best match first until a header is clicked.
  const shown = useMemo(() => (sort === null ? found : sortContacts(found, sort, locale)), [found, sort, locale]);
  const shownSort: SortOrder | null = sort ?? (query.trim() === '' ? { key: 'name', direction: 'ascending' } : null);

  const editor = admin?.editor;
  const editId = editor?.editing?.mode === 'edit' ? editor.editing.contact.id : null;
  const confirmDelete = () => {
    const contact = confirming;
    if (!contact || !editor) return;
    void editor
      .remove(contact)
      .catch((error: unknown) => i18n.t('saveFailed', [error instanceof Error ? error.message : String(error)]))
      .then(setStatus);
  };

  return (
    <>
      <div class="section-head">
        <div>
          <h2 id="directory-title" tabIndex={-1}>
            {i18n.t('directoryTitle')}
          </h2>
          <p id="manage-count" class="hint" aria-live="polite">
            {found.length === contacts.length
              ? i18n.t('manageCount', contacts.length, [uiCount(contacts.length)])
              : i18n.t('directoryMatches', found.length, [uiCount(found.length), uiCount(contacts.length)])}
          </p>
        </div>
        {admin && editor ? (
          <div class="buttons">
            <button type="button" class="primary" id="add-contact" onClick={editor.add}>
              {i18n.t('addContact')}
            </button>
            <button type="button" class="secondary" id="export-csv" onClick={() => admin.onExport('csv')} disabled={contacts.length === 0}>
              {i18n.t('exportCsv')}
            </button>
            <button type="button" class="secondary" id="export-vcard" onClick={() => admin.onExport('vcard')} disabled={contacts.length === 0}>
              {i18n.t('exportVcard')}
            </button>
          </div>
        ) : null}
      </div>
      {admin ? null : (
        <p id="read-only-note" class="notice">
          {i18n.t('readOnlyNote')}
        </p>
      )}
      {admin ? (
        <ConflictList
          conflicts={admin.conflicts}
          onEditAgain={(conflict) => void admin.editor.resolveAgain(conflict)}
          onDismiss={admin.dismissConflict}
        />
      ) : null}
      {admin && editor?.editing ? (
        <div class="panel">
          <ContactForm
            mode={editor.editing.mode}
            values={editor.values}
            onChange={editor.setValues}
            defaultCountry={admin.defaultCountry}
            locale={locale}
            findDuplicate={(fields) => admin.duplicateOf(fields, editId)}
            onSave={editor.save}
            onCancel={editor.close}
            onOpenContact={(id) => {
              const contact = contacts.find((c) => c.id === id);
              if (contact) editor.edit(contact);
            }}
            notice={editor.notice}
          />
        </div>
      ) : null}
      <div class="search-bar">
        <label for="manage-search">{i18n.t('manageSearchLabel')}</label>
        <input
          id="manage-search"
          type="search"
          autocomplete="off"
          placeholder={i18n.t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {contacts.length === 0 ? (
        <div class="empty-state" id="directory-empty">
          <p class="empty-title">{i18n.t('emptyTitle')}</p>
          <p class="hint">{admin ? i18n.t('directoryEmptyAdmin') : i18n.t('directoryEmptyMember')}</p>
        </div>
      ) : found.length === 0 ? (
        <div class="empty-state" id="directory-no-match">
          <p>{i18n.t('noMatch', [query])}</p>
        </div>
      ) : (
        <DirectoryTable
          contacts={shown}
          sort={shownSort}
          onSort={(key) => setSort(nextSortOrder(shownSort, key))}
          actions={editor ? { onEdit: (contact) => editor.edit(contact), onDelete: setConfirming } : null}
        />
      )}
      <p role="status" id="manage-status">
        {status}
      </p>
      <ConfirmDialog
        title={confirming ? i18n.t('deleteConfirm', [confirming.name]) : null}
        help={i18n.t('deleteConfirmHelp')}
        confirmLabel={i18n.t('delete')}
        onConfirm={confirmDelete}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
