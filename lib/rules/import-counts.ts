/** The counts of an import report, as the server and local mode answer them (lib/api/api.ts `ImportCounts`). */
import type { ImportCounts } from '../api/api';
import type { ImportReport } from '../contact/contact';

export function importCounts(report: ImportReport): ImportCounts {
  return {
    created: report.contacts.length,
    updated: report.updates.length,
    duplicates: report.duplicates.length,
    rejected: report.rejected.length,
    blank: report.blank,
  };
}
