/**
 * The Import section's history read from the whole log (issue 11): the imports, and which were undone already (their
 * Undo no longer applies). The Activity section asks the server for its filters' choices instead.
 */
import type { AuditEntry } from '../api/api';

/** The import entries, newest first. */
export function auditImports(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.filter((entry) => entry.action === 'import' && entry.importId !== null).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The ids of imports the log shows an undo for. */
export function undoneImports(entries: readonly AuditEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => (entry.action === 'import.undo' && entry.importId !== null ? [entry.importId] : [])));
}
