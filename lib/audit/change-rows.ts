/**
 * An audit entry's change as the console lists it (issue 11): one row per field, old value → new value as text,
 * phones in their display form. A created contact lists the fields it was given, a deleted one those it had.
 */
import type { AuditChange, AuditFields } from '../api/api';
import { AUDIT_FIELDS, type AuditField } from './contact-change';

export interface ChangeRow {
  field: AuditField;
  /** The value before ('' when the field was empty); absent for a created contact. */
  before?: string;
  /** The value after ('' when the field is now empty); absent for a deleted contact. */
  after?: string;
}

/** The field as text: phones joined in their display form, an absent position or email as ''. */
function text(fields: AuditFields, field: AuditField): string {
  if (field === 'phones') return (fields.phones ?? []).map((phone) => phone.display || phone.number).join(', ');
  return fields[field] ?? '';
}

/** The rows of `change`, in the order of the contact form. */
export function changeRows(change: AuditChange): ChangeRow[] {
  const { before, after } = change;
  if (before && after) {
    return AUDIT_FIELDS.filter((field) => field in before || field in after).map((field) => ({ field, before: text(before, field), after: text(after, field) }));
  }
  if (after) return AUDIT_FIELDS.filter((field) => text(after, field) !== '').map((field) => ({ field, after: text(after, field) }));
  if (before) return AUDIT_FIELDS.filter((field) => text(before, field) !== '').map((field) => ({ field, before: text(before, field) }));
  return [];
}
