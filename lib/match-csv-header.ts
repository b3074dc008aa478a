/**
 * Recognises the header line and, from it, the separator (issue 2): the English
 * `contact-name,position,email,work-phone,optional-phone-1,optional-phone-2` or the French
 * `nom-contact,poste,e-mail,téléphone-travail,téléphone-facultatif-1,téléphone-facultatif-2`, ignoring case, accents,
 * spaces, `_`/`-`, quotes, a BOM and one trailing empty column; `,`, `;` or tab.
 */
import { foldCaseAndAccents } from './fold-case-and-accents';

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
const EXPECTED = [
  ['contactname', 'nomcontact'],
  ['position', 'poste'],
  ['email', 'email'],
  ['workphone', 'telephonetravail'],
  ['optionalphone1', 'telephonefacultatif1'],
  ['optionalphone2', 'telephonefacultatif2'],
] as const;
const IGNORED = /[\s_\-"\ufeff]/g;

/** `" Téléphone_Travail "` → `telephonetravail`. */
export function headerKey(cell: string): string {
  return foldCaseAndAccents(cell).replace(IGNORED, '');
}

function matches(cells: string[]): boolean {
  const count = cells.length === 7 && headerKey(cells[6] ?? '') === '' ? 6 : cells.length;
  if (count !== 6) return false;
  return EXPECTED.every((names, i) => (names as readonly string[]).includes(headerKey(cells[i] ?? '')));
}

/** The separator the header line uses, or null when the line is not the header. */
export function matchCsvHeader(line: string): CsvDelimiter | null {
  return DELIMITERS.find((delimiter) => matches(line.split(delimiter))) ?? null;
}
