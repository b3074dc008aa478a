/**
 * Exports contacts as a CSV the importer reads back to the same contacts (issue 2, section 3), safe to open in
 * Excel: UTF-8 BOM, CRLF, the six English header columns.
 *
 * CSV injection (OWASP): a text cell beginning with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, which
 * lib/check-contacts-csv.ts removes again (a cell of `'`s followed by one of those characters loses one `'`), so
 * the round trip is exact. Phones are not escaped but written as `00` + the international form
 * (`+49 1222333444555` → `0049 1222333444555`): the guide's own format, nothing for a spreadsheet to evaluate,
 * and the spaces keep Excel from turning it into `4.91E+14`.
 */
import { CSV_FIELDS, type ContactFields } from '../contact/contact';
import { excelSafeCell } from '../csv/excel-safe-cell';
import { formatPhoneForDisplay } from '../phone/phone';


function phoneCell(e164: string | undefined): string {
  return e164 === undefined ? '' : `00${formatPhoneForDisplay(e164).slice(1)}`;
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
    phoneCell(work[0]?.number),
    phoneCell(other[0]?.number),
    phoneCell(other[1]?.number),
  ].join(',');
}

/** The contacts as a CSV file's text (BOM included): header, then one CRLF-terminated row per contact. */
export function exportContactsCsv(contacts: readonly ContactFields[]): string {
  return `\ufeff${[CSV_FIELDS.join(','), ...contacts.map(row)].join('\r\n')}\r\n`;
}
