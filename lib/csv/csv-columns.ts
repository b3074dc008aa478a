/**
 * The one definition of the CSV columns (issue 9): their order, their English and French header names, and the 7th
 * `reason`/`raison` column of a rejected-lines file (issue 5). The importer, the export, the template, the
 * rejected-lines file and the messages all read them here. The order and the French names are the users' guide's
 * (/work/shared/reference/company-contacts-guide.fr.txt); the English names are also the fields' codes in reports.
 */

/** The six CSV columns, in the users' guide order, by their English header names. */
const CSV_FIELDS = ['contact-name', 'position', 'email', 'work-phone', 'optional-phone-1', 'optional-phone-2'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** The two header languages the importer reads and our files write. */
export type CsvHeaderLanguage = 'en' | 'fr';

const FRENCH_NAMES: Record<CsvField, string> = {
  'contact-name': 'nom-contact',
  position: 'poste',
  email: 'e-mail',
  'work-phone': 'téléphone-travail',
  'optional-phone-1': 'téléphone-facultatif-1',
  'optional-phone-2': 'téléphone-facultatif-2',
};

/** The six column names, in order, in each language (the guide's own header is the French one). */
export const CSV_HEADER_NAMES: Record<CsvHeaderLanguage, readonly string[]> = {
  en: CSV_FIELDS,
  fr: CSV_FIELDS.map((field) => FRENCH_NAMES[field]),
};

/** The name of the 7th column of a rejected-lines file. */
export const REASON_HEADER_NAME: Record<CsvHeaderLanguage, string> = { en: 'reason', fr: 'raison' };

/** The header line our files write (`,`-separated, no BOM), with the `reason` column when `withReason`. */
export function csvHeaderLine(language: CsvHeaderLanguage, withReason = false): string {
  const names = withReason ? [...CSV_HEADER_NAMES[language], REASON_HEADER_NAME[language]] : CSV_HEADER_NAMES[language];
  return names.join(',');
}

/** A column as the reader's header names it (`work-phone` → `téléphone-travail`); any other text unchanged. */
export function csvColumnName(field: string, language: CsvHeaderLanguage): string {
  return language === 'fr' && Object.hasOwn(FRENCH_NAMES, field) ? FRENCH_NAMES[field as CsvField] : field;
}
