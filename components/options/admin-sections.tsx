/**
 * The admin sections of the options page (issue 5): add/edit form, CSV upload, refused writes, manage, export.
 * Data and actions come in as props (hooks/use-admin-directory.ts, hooks/use-admin-actions.ts): nothing here calls
 * the worker, storage or the network (issue 9).
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { ConflictList } from './conflict-list';
import { ContactForm } from './contact-form';
import { ContactManager } from './contact-manager';
import { CsvUpload } from './csv-upload';
import { ExportSection } from './export-section';
import type { ConflictRecord, StoredContact } from '../../extension/storage/db';
import type { SaveOutcome } from '../../extension/browser/messages';
import type { DirectoryRules } from '../../lib/api/api';
import type { Contact, ContactFields } from '../../lib/contact/contact';
import { emptyFormValues, formValuesOf, type ContactFormValues } from '../../lib/contact/contact-form-values';
import type { Locale } from '../../lib/messages/messages';
import type { AdminActions } from '../../hooks/use-admin-actions';
import type { AdminDirectory } from '../../hooks/use-admin-directory';

export interface AdminSectionsProps {
  directory: AdminDirectory;
  actions: AdminActions;
  /** A draft from "Add selection as contact", shown once in the add form. */
  draft: ContactFormValues | null;
  rules: DirectoryRules;
  locale: Locale;
}

type Editing = { mode: 'add' } | { mode: 'edit'; contact: Contact };

export function AdminSections({ directory, actions, draft, rules, locale }: AdminSectionsProps) {
  const [editing, setEditing] = useState<Editing>({ mode: 'add' });
  const [values, setValues] = useState<ContactFormValues>(() => draft ?? emptyFormValues);
  const [notice, setNotice] = useState('');
  const formTop = useRef<HTMLDivElement>(null);

  const edit = (contact: Contact, keep?: ContactFormValues, why = '') => {
    setEditing({ mode: 'edit', contact });
    setValues(keep ?? formValuesOf(contact));
    setNotice(why);
    formTop.current?.scrollIntoView({ block: 'start' });
  };
  const reset = () => {
    setEditing({ mode: 'add' });
    setValues(emptyFormValues);
    setNotice('');
  };

  const save = async (fields: ContactFields) => {
    const input = { name: fields.name, position: fields.position, email: fields.email, phones: fields.phones };
    const outcome =
      editing.mode === 'add'
        ? await actions.save({ op: 'create', input })
        : await actions.save({ op: 'update', contactId: editing.contact.id, baseVersion: editing.contact.version, input });
    const answer = explainOutcome(outcome, fields.name, editing.mode === 'add' ? 'added' : 'saved');
    if (outcome.status === 'refused') {
      await resolveInForm(outcome.conflict);
      return { message: answer, ok: false };
    }
    reset();
    return { message: answer, ok: true };
  };

  /** A refused write: the form keeps what was typed, now based on the server's current version (nothing lost). */
  const resolveInForm = async (conflict: ConflictRecord) => {
    const current = conflict.serverContact;
    const typed = conflict.entry.input ? formValuesOf({ ...conflict.entry.input, phones: conflict.entry.input.phones ?? [] }) : values;
    if (conflict.code === 'version-conflict' && current && !current.deleted) {
      edit(current, typed, i18n.t('conflictInForm', [current.name]));
      await directory.dismissConflict(conflict);
    } else if (conflict.code === 'contact-deleted' || conflict.code === 'not-found') {
      setEditing({ mode: 'add' });
      setValues(typed);
      setNotice(i18n.t('conflictDeletedInForm'));
      await directory.dismissConflict(conflict);
    }
  };

  const remove = async (contact: StoredContact) => {
    const outcome = await actions.save({ op: 'delete', contactId: contact.id, baseVersion: contact.version });
    if (outcome.status === 'refused' && outcome.conflict.code === 'version-conflict') {
      await directory.dismissConflict(outcome.conflict);
      return i18n.t('refusedDeleteVersion', [contact.name]);
    }
    return explainOutcome(outcome, contact.name, 'deleted');
  };

  const editId = editing.mode === 'edit' ? editing.contact.id : null;

  return (
    <>
      <section aria-labelledby="contact-title" ref={formTop}>
        <h2 id="contact-title">{i18n.t('contactTitle')}</h2>
        <ContactForm
          mode={editing.mode}
          values={values}
          onChange={setValues}
          defaultCountry={rules.defaultCountry ?? undefined}
          locale={locale}
          findDuplicate={(fields) => directory.duplicateOf(fields, editId)}
          onSave={save}
          onCancel={reset}
          onOpenContact={(id) => {
            const contact = directory.contacts.find((c) => c.id === id);
            if (contact) edit(contact);
          }}
          notice={notice}
        />
      </section>
      {actions.uploads ? (
        <CsvUpload
          locale={locale}
          maxContacts={rules.maxContacts}
          preview={actions.uploads.preview}
          upload={actions.uploads.upload}
          undo={actions.uploads.undo}
          downloadRejected={actions.uploads.downloadRejected}
          onChanged={() => void directory.reload()}
        />
      ) : null}
      {actions.syncProblem ? (
        <p id="upload-sync-problem" class="error" role="alert">
          {i18n.t('syncAfterUploadFailed', [actions.syncProblem])}
        </p>
      ) : null}
      <ConflictList
        conflicts={directory.conflicts}
        onEditAgain={(conflict) => void resolveAgain(conflict)}
        onDismiss={(conflict) => void directory.dismissConflict(conflict)}
      />
      <ContactManager contacts={directory.contacts} search={directory.search} onEdit={(contact) => edit(contact)} onDelete={remove} />
      <ExportSection count={directory.contacts.length} onExport={actions.exportContacts} onTemplate={actions.downloadTemplate} />
    </>
  );

  /** "Edit again" from the list: the refused change in the form, on top of the contact as it is now. */
  async function resolveAgain(conflict: ConflictRecord) {
    const input = conflict.entry.input;
    if (!input) return;
    const typed = formValuesOf({ ...input, phones: input.phones ?? [] });
    const stored: Contact | undefined = directory.contacts.find((c) => c.id === (conflict.serverContact?.id ?? conflict.entry.contactId));
    if (stored) edit(stored, typed, i18n.t('conflictInForm', [stored.name]));
    else {
      setEditing({ mode: 'add' });
      setValues(typed);
      setNotice(i18n.t('conflictDeletedInForm'));
      formTop.current?.scrollIntoView({ block: 'start' });
    }
    await directory.dismissConflict(conflict);
  }
}

function explainOutcome(outcome: SaveOutcome, name: string, done: 'added' | 'saved' | 'deleted'): string {
  if (outcome.status === 'saved') return i18n.t(done === 'added' ? 'savedAdded' : done === 'saved' ? 'savedChanges' : 'savedDeleted', [name]);
  if (outcome.status === 'pending') return i18n.t('savedPending', [name, outcome.reason]);
  const conflict = outcome.conflict;
  if (conflict.code === 'version-conflict') return i18n.t('refusedVersion', [name]);
  if (conflict.code === 'duplicate') return i18n.t('refusedDuplicate', [name, conflict.serverContact?.name ?? '']);
  if (conflict.code === 'contact-deleted' || conflict.code === 'not-found') return i18n.t('refusedDeleted', [name]);
  return i18n.t('refusedOther', [name, conflict.message]);
}
