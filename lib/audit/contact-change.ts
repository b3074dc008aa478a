/**
 * What a single-contact write changed, as the audit records it (issue 11: "before → after for edits"): every field of
 * a created contact (after) or a deleted one (before), only the fields an edit changed (both sides). Position and
 * email absent are null, so "removed" and "added" read as a change from or to nothing.
 */
import type { AuditChange, AuditFields } from '../api/api';
import type { ContactFields, Phone } from '../contact/contact';

/** The fields an entry records, in the order the console lists them. */
export const AUDIT_FIELDS = ['name', 'position', 'email', 'phones'] as const;

export type AuditField = (typeof AUDIT_FIELDS)[number];

function allFields(contact: ContactFields): Required<AuditFields> {
  return { name: contact.name, position: contact.position ?? null, email: contact.email ?? null, phones: contact.phones };
}

/** Phones are equal when their types and numbers are, in order: the display form follows from the number. */
function samePhones(a: readonly Phone[], b: readonly Phone[]): boolean {
  return a.length === b.length && a.every((phone, i) => phone.type === b[i]!.type && phone.number === b[i]!.number);
}

/**
 * The change from `before` to `after`: `before` null for a created contact, `after` null for a deleted one. An edit
 * that changed nothing gives two empty sides.
 */
export function contactChange(before: ContactFields | null, after: ContactFields | null): AuditChange {
  if (before === null && after === null) return {};
  if (before === null) return { after: allFields(after!) };
  if (after === null) return { before: allFields(before) };
  const old = allFields(before);
  const now = allFields(after);
  const changed: { before: AuditFields; after: AuditFields } = { before: {}, after: {} };
  for (const field of AUDIT_FIELDS) {
    const same = field === 'phones' ? samePhones(old.phones, now.phones) : old[field] === now[field];
    if (same) continue;
    Object.assign(changed.before, { [field]: old[field] });
    Object.assign(changed.after, { [field]: now[field] });
  }
  return changed;
}
