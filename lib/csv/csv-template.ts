/**
 * The example CSV the options page offers (issue 5, "Template"): the English or French header and the two example
 * contacts of our users' guide (/work/shared/reference/company-contacts-guide.fr.txt), John Smith and Maria Beck.
 *
 * The rows are written by the export (lib/export/export-contacts-csv.ts), so the template is Excel-safe like it: BOM, CRLF,
 * and phones as `0049 1222333444555` rather than the guide's `00491222333444555`, which a spreadsheet would turn
 * into the number 4.91222E+14. The guide's trailing comma is left out: the importer accepts both.
 */
import type { ContactFields } from '../contact/contact';
import { exportContactsCsv } from '../export/export-contacts-csv';
import { csvHeaderLine, type CsvHeaderLanguage } from './csv-columns';

/** The two contacts of the guide's example, as written there (`jhon-smith` included). */
const GUIDE_CONTACTS: readonly ContactFields[] = [
  { name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }] },
  {
    name: 'Maria Beck',
    email: 'maria.beck@email.com',
    phones: [
      { type: 'work', number: '+15551234567', display: '+1 555 123 4567' },
      { type: 'other', number: '+15559999123', display: '+1 555 999 9123' },
    ],
  },
];

/** The example CSV file's text (BOM included) with the header in `language`. */
export function csvTemplate(language: CsvHeaderLanguage): string {
  const exported = exportContactsCsv(GUIDE_CONTACTS);
  // The export writes the English header first; the rows after it are the same in both languages.
  const englishHeader = `\ufeff${csvHeaderLine('en')}`;
  return `\ufeff${csvHeaderLine(language)}${exported.slice(englishHeader.length)}`;
}
