/**
 * The one entry of every import (issue 13): the CLI's `check` and `import`, the server's POST /imports and the
 * options page's upload all call it. The file name decides between CSV (`.csv`) and vCard (`.vcf`, or `as: 'vcard'`
 * when the server got `text/vcard`); a CSV's header decides between our own columns (lib/csv/, unchanged), a Google
 * Contacts export and an Outlook export. The report says which it saw in `format`.
 */
import type { ImportReport } from '../contact/contact';
import { checkContactsCsv } from '../csv/check-contacts-csv';
import { readCsvHeader } from '../csv/read-csv-header';
import { readCsvText } from '../csv/read-csv-text';
import type { CheckOptions } from '../rules/check-options';
import { refusedReport } from '../rules/report-builder';
import { checkAddressBookCsv, recogniseAddressBookCsv } from './check-address-book-csv';
import { checkVcardFile } from './vcard/check-vcard-file';

export interface CheckFileOptions extends CheckOptions {
  /** Read the file as vCard whatever its name (the server got it as `text/vcard`). */
  as?: 'vcard';
}

/** Checks a contacts file of any format the import reads; bad data is a report, never an exception. */
export function checkContactsFile(file: { name: string; bytes: Uint8Array }, options: CheckFileOptions = {}): ImportReport {
  const { as, ...rules } = options;
  const name = file.name.toLowerCase();
  if (as === 'vcard' || name.endsWith('.vcf')) return checkVcardFile(file, rules);
  if (!name.endsWith('.csv')) return refusedReport(file.name, 'not-csv-name');
  const text = readCsvText(file.bytes);
  // Our own header first: its rules and messages stay exactly those of the users' guide.
  if (text.ok && readCsvHeader(text.header) === null) {
    const recognised = recogniseAddressBookCsv(text.header);
    if (recognised !== null) return checkAddressBookCsv(file.name, recognised, text.body, rules);
  }
  return { ...checkContactsCsv(file, rules), format: 'contacts-csv' };
}
