/**
 * The directory's add/edit form state and what its buttons do (issues 5 and 11), moved out of the section's view:
 * which contact is in the form (or none: the form is closed), saving through the worker, deleting, and a refused
 * write brought back into the form on top of the contact as it is now (nothing typed is lost).
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { AdminActions } from './use-admin-actions';
import type { AdminDirectory } from './use-admin-directory';
import type { SaveOutcome } from '../extension/browser/messages';
import type { ConflictRecord, StoredContact } from '../extension/storage/db';
import type { Contact, ContactFields } from '../lib/contact/contact';
import { emptyFormValues, formValuesOf, type ContactFormValues } from '../lib/contact/contact-form-values';

export type Editing = { mode: 'add' } | { mode: 'edit'; contact: Contact };

export interface ContactEditor {
  /** `null`: the form is closed. */
  editing: Editing | null;
  values: ContactFormValues;
  setValues: (values: ContactFormValues) => void;
  notice: string;
  add: () => void;
  edit: (contact: Contact, keep?: ContactFormValues, why?: string) => void;
  close: () => void;
  save: (fields: ContactFields) => Promise<{ message: string; ok: boolean }>;
  remove: (contact: StoredContact) => Promise<string>;
  resolveAgain: (conflict: ConflictRecord) => Promise<void>;
}

export function useContactEditor(directory: AdminDirectory, actions: AdminActions, draft: ContactFormValues | null): ContactEditor {
  const [editing, setEditing] = useState<Editing | null>(draft ? { mode: 'add' } : null);
  const [values, setValues] = useState<ContactFormValues>(() => draft ?? emptyFormValues);
  const [notice, setNotice] = useState('');

  const edit = (contact: Contact, keep?: ContactFormValues, why = '') => {
    setEditing({ mode: 'edit', contact });
    setValues(keep ?? formValuesOf(contact));
    setNotice(why);
  };
  const addWith = (typed: ContactFormValues, why: string) => {
    setEditing({ mode: 'add' });
    setValues(typed);
    setNotice(why);
  };
  const add = () => addWith(emptyFormValues, '');
  const close = () => {
    setEditing(null);
    setValues(emptyFormValues);
    setNotice('');
  };

  const save = async (fields: ContactFields) => {
    const input = { name: fields.name, position: fields.position, email: fields.email, phones: fields.phones };
    const current = editing ?? { mode: 'add' as const };
    const outcome =
      current.mode === 'add'
        ? await actions.save({ op: 'create', input })
        : await actions.save({ op: 'update', contactId: current.contact.id, baseVersion: current.contact.version, input });
    const answer = explainOutcome(outcome, fields.name, current.mode === 'add' ? 'added' : 'saved');
    if (outcome.status === 'refused') {
      await resolveInForm(outcome.conflict);
      return { message: answer, ok: false };
    }
    // The form stays open, empty, for the next contact: the outcome shows under it.
    addWith(emptyFormValues, '');
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
      addWith(typed, i18n.t('conflictDeletedInForm'));
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

  /** "Edit again" from the list: the refused change in the form, on top of the contact as it is now. */
  const resolveAgain = async (conflict: ConflictRecord) => {
    const input = conflict.entry.input;
    if (!input) return;
    const typed = formValuesOf({ ...input, phones: input.phones ?? [] });
    const stored: Contact | undefined = directory.contacts.find((c) => c.id === (conflict.serverContact?.id ?? conflict.entry.contactId));
    if (stored) edit(stored, typed, i18n.t('conflictInForm', [stored.name]));
    else addWith(typed, i18n.t('conflictDeletedInForm'));
    await directory.dismissConflict(conflict);
  };

  return { editing, values, setValues, notice, add, edit, close, save, remove, resolveAgain };
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
