/**
 * The import of a Google, Outlook or vCard file once its rows are read (issue 13): each contact goes through the
 * one mapping (lib/import/map-source-contact.ts), then the SAME line rules, duplicate policy, report and contact cap
 * as our CSV (lib/rules/). Records come one by one; past the cap they are only counted, for the refusal's message.
 */
import type { ImportReport, LineProblem } from '../contact/contact';
import { checkContactFields } from '../rules/check-contact-fields';
import { DEFAULT_MAX_CONTACTS, type CheckOptions } from '../rules/check-options';
import { lineProblem } from '../rules/line-problem';
import { createReportBuilder, refusedReport } from '../rules/report-builder';
import type { ImportFormat } from './import-format';
import { mapSourceContact } from './map-source-contact';
import type { MappingCollector } from './mapping-collector';
import type { SourceContact } from './source-contact';

/** One record of the file: a contact, a problem that rejects it, or a blank row. */
export type SourceRecord = { contact: SourceContact } | { problem: LineProblem } | { blank: true };

export interface SourceChecker {
  push(record: SourceRecord): void;
  finish(): ImportReport;
}

/**
 * The columns a name could come from, for the message of a contact without one (our CSV's text speaks of "the
 * first column", which a Google or vCard file does not have).
 */
function nameColumns(contact: SourceContact): string {
  const columns = [...contact.nameParts, contact.fullName, contact.organisation].flatMap((value) => (value ? [value.column] : []));
  return [...new Set(columns)].join(', ');
}

/** Starts checking the records of `file`, read as `format`; the mapping is gathered in `collector`. */
export function createSourceChecker(file: string, format: ImportFormat, collector: MappingCollector, options: CheckOptions): SourceChecker {
  const max = options.maxContacts ?? DEFAULT_MAX_CONTACTS;
  const builder = createReportBuilder(file, options);
  let count = 0;
  return {
    push(record) {
      if ('blank' in record) return builder.blank();
      if (++count > max) return;
      if ('problem' in record) return builder.reject(record.problem);
      const { contact } = record;
      const mapped = mapSourceContact(contact);
      const result = checkContactFields(mapped.raw, contact.line, options.defaultCountry);
      if (!result.ok) {
        const problem = result.problem.code === 'name-required' ? lineProblem(contact.line, 'contact-name', 'source-name-required', { columns: nameColumns(contact) }) : result.problem;
        return builder.reject(problem);
      }
      // Only lines the rules accept tell how columns were read: a rejected line's dropped values have no warning.
      collector.place(mapped.placements);
      builder.accept(contact.line, result.contact, [...mapped.dropped, ...result.warnings]);
    },
    finish() {
      if (count === 0) return { ...refusedReport(file, 'no-contacts'), format };
      if (count > max) return { ...refusedReport(file, 'too-many-contacts', { count, max, parts: Math.ceil(count / max) }), format };
      return { ...builder.finish(), format, mapping: collector.finish() };
    },
  };
}
