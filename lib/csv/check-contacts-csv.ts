/**
 * The CSV import engine of issue 2: file-level refusals, then every record checked on its own, duplicates found,
 * and every record accounted for (contacts + updates + rejected + duplicates + blank = records after the header).
 * Pure: takes the file's name and bytes, returns a report; bad data never throws.
 */
import type { ImportReport } from '../contact/contact';
import type { CsvField } from './csv-columns';
import { DEFAULT_MAX_CONTACTS, type CheckOptions } from '../rules/check-options';
import { checkContactFields } from '../rules/check-contact-fields';
import { flatString } from '../rules/flat-string';
import { lineProblem } from '../rules/line-problem';
import { readCsvHeader, type CsvHeader } from './read-csv-header';
import { createCsvRecordParser, type CsvRecord } from './csv-record-parser';
import { readCsvText } from './read-csv-text';
import { unneutralisedCell } from './excel-safe-cell';
import { createReportBuilder, refusedReport, type ReportBuilder } from '../rules/report-builder';

const OTHER_FIELDS: readonly CsvField[] = ['optional-phone-1', 'optional-phone-2'];
function cell(fields: readonly string[], i: number): string {
  return unneutralisedCell(fields[i] ?? '');
}

/**
 * The fields of a record that hold the contact. Under the header of a rejected-lines file (7th column
 * `reason`/`raison`, lib/csv/rejected-lines-csv.ts) a record of 7 fields drops its 7th, the reason, whatever it
 * says; any other count stays as it is (8 fields are still the wrong count).
 */
function contactFields(fields: string[], header: CsvHeader): string[] {
  return header.hasReason && fields.length === 7 ? fields.slice(0, 6) : fields;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

function hasFieldCount(fields: readonly string[]): boolean {
  return fields.length === 6 || (fields.length === 7 && (fields[6] ?? '').trim() === '');
}

/**
 * Checks a contacts CSV file. `report.ok` is false (with `error`) when the whole file is refused; otherwise
 * `contacts` are new, `updates` replace existing contacts (policy `update`), and each other line is in
 * `rejected`, `duplicates` or counted in `blank`.
 */
export function checkContactsCsv(file: { name: string; bytes: Uint8Array }, options: CheckOptions = {}): ImportReport {
  const name = file.name;
  if (!name.toLowerCase().endsWith('.csv')) return refusedReport(name, 'not-csv-name');
  const text = readCsvText(file.bytes);
  if (!text.ok) return refusedReport(name, text.code);
  const header = readCsvHeader(text.header);
  if (header === null) {
    const line = text.header;
    const found = flatString(line.length > 120 ? `${line.slice(0, 120)}…` : line);
    return refusedReport(name, 'not-header', { found });
  }
  const max = options.maxContacts ?? DEFAULT_MAX_CONTACTS;
  const builder = createReportBuilder(name, options);
  let count = 0;
  // Past the limit the file will be refused: keep counting its lines for the message, stop checking them.
  const parser = createCsvRecordParser(header.delimiter, (read) => {
    const record = header.hasReason ? { ...read, fields: contactFields(read.fields, header) } : read;
    if (isBlank(record.fields)) return builder.blank();
    if (++count <= max) checkRecord(record, builder, options);
  });
  for (const piece of text.body) parser.push(piece);
  parser.end();
  if (count === 0) return refusedReport(name, 'no-contacts');
  if (count > max) return refusedReport(name, 'too-many-contacts', { count, max, parts: Math.ceil(count / max) });
  return builder.finish();
}

function checkRecord(record: CsvRecord, builder: ReportBuilder, options: CheckOptions): void {
  const { line, fields } = record;
  if (record.badQuotes) return builder.reject(lineProblem(line, undefined, 'bad-quotes'));
  if (!hasFieldCount(fields)) return builder.reject(lineProblem(line, undefined, 'wrong-field-count', { count: fields.length }));
  const raw = {
    name: cell(fields, 0),
    position: cell(fields, 1),
    email: cell(fields, 2),
    workPhone: cell(fields, 3),
    otherPhones: OTHER_FIELDS.map((field, i) => ({ field, value: cell(fields, 4 + i) })),
  };
  const result = checkContactFields(raw, line, options.defaultCountry);
  if (result.ok) builder.accept(line, result.contact, result.warnings);
  else builder.reject(result.problem);
}
