/**
 * Recognises the header line and, from it, the separator (issue 2): the English or the French column names of
 * lib/csv/csv-columns.ts, in order, ignoring case, accents,
 * spaces, `_`/`-`, quotes, a BOM and one trailing empty column; `,`, `;` or tab.
 * A 7th column named `reason` or `raison` is also accepted: it is the header of a rejected-lines file
 * (lib/csv/rejected-lines-csv.ts, issue 5), which must upload again as it is.
 */
import { foldCaseAndAccents } from '../contact/fold-case-and-accents';

import { CSV_HEADER_NAMES, REASON_HEADER_NAME, type CsvHeaderLanguage } from './csv-columns';

export type CsvDelimiter = ',' | ';' | '\t';

/** What the header line says about the file. */
export interface CsvHeader {
  delimiter: CsvDelimiter;
  /** The language of most of its column names. */
  language: CsvHeaderLanguage;
  /** A 7th column `reason`/`raison`: the 7th cell of every record is a reason to ignore. */
  hasReason: boolean;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const IGNORED = /[\s_\-"\ufeff]/g;

/** `" Téléphone_Travail "` → `telephonetravail`. */
function headerKey(cell: string): string {
  return foldCaseAndAccents(cell).replace(IGNORED, '');
}

const KEYS = { en: CSV_HEADER_NAMES.en.map(headerKey), fr: CSV_HEADER_NAMES.fr.map(headerKey) };
const REASON_KEYS = [headerKey(REASON_HEADER_NAME.en), headerKey(REASON_HEADER_NAME.fr)];

function readCells(cells: string[], delimiter: CsvDelimiter): CsvHeader | null {
  const seventh = cells.length === 7 ? headerKey(cells[6] ?? '') : '';
  const hasReason = REASON_KEYS.includes(seventh);
  const count = cells.length === 7 && (seventh === '' || hasReason) ? 6 : cells.length;
  if (count !== 6) return null;
  let french = 0;
  for (let i = 0; i < 6; i++) {
    const key = headerKey(cells[i] ?? '');
    if (key !== KEYS.en[i] && key !== KEYS.fr[i]) return null;
    if (key !== KEYS.en[i]) french++;
  }
  // `email` is the same in both languages: five columns tell them apart, so there is no tie.
  return { delimiter, language: french > 2 ? 'fr' : 'en', hasReason };
}

/** What the header line says (separator, language, reason column), or null when the line is not the header. */
export function readCsvHeader(line: string): CsvHeader | null {
  for (const delimiter of DELIMITERS) {
    const header = readCells(line.split(delimiter), delimiter);
    if (header !== null) return header;
  }
  return null;
}
