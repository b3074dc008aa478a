/**
 * What the Activity section's filters offer (issue 11), read from the log itself: the people who wrote, the imports,
 * and which imports were undone already (their Undo no longer applies).
 */
import type { AuditEntry } from '../api/api';

/** Every token name that wrote, sorted. */
export function auditPeople(entries: readonly AuditEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.token))].sort((a, b) => a.localeCompare(b));
}

/** The import entries, newest first. */
export function auditImports(entries: readonly AuditEntry[]): AuditEntry[] {
  return entries.filter((entry) => entry.action === 'import' && entry.importId !== null).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The ids of imports the log shows an undo for. */
export function undoneImports(entries: readonly AuditEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => (entry.action === 'import.undo' && entry.importId !== null ? [entry.importId] : [])));
}
