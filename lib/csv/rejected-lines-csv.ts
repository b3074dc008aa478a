/**
 * The download of rejected lines of issue 5 ("the same columns plus a reason column, ready to fix in a spreadsheet
 * and upload again"). The file is read again with the importer's own reading code, so its records are exactly the
 * ones the report's line numbers point at.
 *
 * Each row: the record's six cells as the importer read them, then the reason `Line N: …` in the reader's language.
 * A record of fewer than six fields is padded with empty cells; empty cells past the sixth are dropped; any other
 * cell past the sixth comes after the reason, so nothing of the line is lost and, uploaded again unfixed, the line
 * is still rejected for its field count. The header is the file's own language (English or French) plus
 * `reason`/`raison` (lib/csv/csv-columns.ts), which the importer accepts and whose cells it ignores.
 * Written Excel-safe like lib/export/export-contacts-csv.ts (lib/csv/excel-safe-cell.ts): BOM, CRLF, `,`, quotes
 * where needed, and a leading `'` on a cell starting with = + - @ tab or CR, which the importer removes again.
 */
import type { ImportReport, MessageParams } from '../contact/contact';
import { csvHeaderLine } from './csv-columns';
import { readCsvHeader, type CsvHeader } from './read-csv-header';
import { excelSafeCell, unneutralisedCell } from './excel-safe-cell';
import { formatMessage, type Locale } from '../messages/messages';
import { createCsvRecordParser } from './csv-record-parser';
import { readCsvText } from './read-csv-text';


/** The reasons of each rejected line, in `locale`, e.g. `Line 4, email: "x" is not an email address. …`. */
function reasonsByLine(report: ImportReport, locale: Locale): Map<number, string> {
  const reasons = new Map<number, string>();
  for (const problem of report.rejected) {
    const params: MessageParams = { ...problem.params, line: problem.line };
    if (problem.field !== undefined) params.field = problem.field;
    const text = formatMessage(problem.code, params, locale);
    const earlier = reasons.get(problem.line);
    reasons.set(problem.line, earlier === undefined ? text : `${earlier} ${text}`);
  }
  return reasons;
}

/** The cells of a record without the reason an earlier rejected-lines file put in its 7th cell. */
function cellsWithoutOldReason(fields: readonly string[], header: CsvHeader): string[] {
  return header.hasReason && fields.length >= 7 ? [...fields.slice(0, 6), ...fields.slice(7)] : [...fields];
}

/** Six cells, the reason, then the cells past the sixth that are not empty at the end of the record. */
function row(fields: readonly string[], reason: string): string {
  const cells = fields.map(unneutralisedCell);
  let end = cells.length;
  while (end > 6 && (cells[end - 1] ?? '').trim() === '') end--;
  const six = Array.from({ length: 6 }, (_, i) => cells[i] ?? '');
  return [...six, reason, ...cells.slice(6, end)].map(excelSafeCell).join(',');
}

/**
 * The rejected lines of `file` as a CSV file's text (BOM included), one row per record `report.rejected` names,
 * in file order, each with its reason in `locale`. `report` must be `file`'s report (lib/csv/check-contacts-csv.ts).
 * A file without rejected lines gives the header alone (in `locale`'s language when the file has no header).
 */
export function rejectedLinesCsv(file: { name: string; bytes: Uint8Array }, report: ImportReport, locale: Locale): string {
  const reasons = reasonsByLine(report, locale);
  const text = readCsvText(file.bytes);
  const header = text.ok ? readCsvHeader(text.header) : null;
  const lines = [csvHeaderLine(header?.language ?? locale, true)];
  if (text.ok && header !== null && reasons.size > 0) {
    const parser = createCsvRecordParser(header.delimiter, (record) => {
      const reason = reasons.get(record.line);
      if (reason !== undefined) lines.push(row(cellsWithoutOldReason(record.fields, header), reason));
    });
    for (const piece of text.body) parser.push(piece);
    parser.end();
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
