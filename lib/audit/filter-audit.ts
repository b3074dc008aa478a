/**
 * The Activity section's filters (issue 11): by person (the token that wrote), by contact, by import. Every filter
 * left empty lets every entry through; the entries keep their order.
 */
import type { AuditEntry } from '../api/api';

export interface AuditFilter {
  /** A token name; '' for everyone. */
  person: string;
  /** The contacts to show entries about; `null` for any contact. */
  contactIds: ReadonlySet<string> | null;
  /** An import id (its import and its undo); '' for any write. */
  importId: string;
}

export const noAuditFilter: AuditFilter = { person: '', contactIds: null, importId: '' };

/** The entries that pass every filter set in `filter`. */
export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const { person, contactIds, importId } = filter;
  return entries.filter(
    (entry) =>
      (person === '' || entry.token === person) &&
      (importId === '' || entry.importId === importId) &&
      (contactIds === null || entry.contactIds.some((id) => contactIds.has(id))),
  );
}
