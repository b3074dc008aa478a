/**
 * Exports contacts as a CSV the importer reads back to the same contacts (issue 2, section 3), safe to open in
 * Excel: UTF-8 BOM, CRLF, the six English header columns.
 *
 * Text cells are written by lib/csv/excel-safe-cell.ts (CSV injection: a leading `'` the importer removes again),
 * so the round trip is exact. Phones are not escaped but written as `00` + their stored international form
 * (`+49 1222333444555` → `0049 1222333444555`): the guide's own format, nothing for a spreadsheet to evaluate,
 * and the spaces keep Excel from turning it into `4.91E+14`.
 */
import type { ContactFields, Phone } from '../contact/contact';
import { csvHeaderLine } from '../csv/csv-columns';
import { excelSafeCell } from '../csv/excel-safe-cell';

/** The phone's stored display form with `00` for `+` (`+49 1222333444555` → `0049 1222333444555`). */
function phoneCell(phone: Phone | undefined): string {
  return phone === undefined ? '' : `00${phone.display.slice(1)}`;
}

/** One CSV row; throws RangeError for phones the six columns cannot hold (the import rules never produce them). */
function row(contact: ContactFields): string {
  const work = contact.phones.filter((p) => p.type === 'work');
  const other = contact.phones.filter((p) => p.type === 'other');
  if (work.length > 1 || other.length > 2) {
    throw new RangeError(`Contact "${contact.name}" has ${work.length} work and ${other.length} other phones; the CSV holds 1 and 2.`);
  }
  return [
    excelSafeCell(contact.name),
    excelSafeCell(contact.position),
    excelSafeCell(contact.email),
    phoneCell(work[0]),
    phoneCell(other[0]),
    phoneCell(other[1]),
  ].join(',');
}

/** The contacts as a CSV file's text (BOM included): header, then one CRLF-terminated row per contact. */
export function exportContactsCsv(contacts: readonly ContactFields[]): string {
  return `\ufeff${[csvHeaderLine('en'), ...contacts.map(row)].join('\r\n')}\r\n`;
}
