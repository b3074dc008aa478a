/**
 * The import of a .vcf file (issue 13): decoded like our CSV (UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1252), its cards read (lib/vcard/read-vcards.ts), each card mapped and checked like a CSV line, the card's
 * `BEGIN:VCARD` line standing for the line number in messages.
 */
import type { ImportReport } from '../../contact/contact';
import { readCsvText } from '../../csv/read-csv-text';
import type { CheckOptions } from '../../rules/check-options';
import { flatString } from '../../rules/flat-string';
import { lineProblem } from '../../rules/line-problem';
import { refusedReport } from '../../rules/report-builder';
import { readVcards } from '../../vcard/read-vcards';
import { createSourceChecker } from '../check-source-contacts';
import { createMappingCollector } from '../mapping-collector';
import { dataProperties, vcardSourceContact } from './vcard-source-contact';

/** Checks a vCard file; refused when it is empty, binary, or holds no `BEGIN:VCARD`. */
export function checkVcardFile(file: { name: string; bytes: Uint8Array }, options: CheckOptions): ImportReport {
  const { name } = file;
  const text = readCsvText(file.bytes);
  if (!text.ok) return { ...refusedReport(name, text.code), format: 'vcard' };
  const { cards } = readVcards(`${text.header}\n${[...text.body].join('')}`);
  if (cards.length === 0) {
    const found = flatString(text.header.length > 120 ? `${text.header.slice(0, 120)}…` : text.header);
    return { ...refusedReport(name, 'not-vcard', { found }), format: 'vcard' };
  }
  const collector = createMappingCollector('vcard', ['N', 'FN', 'ORG', 'TITLE', 'EMAIL', 'TEL']);
  const checker = createSourceChecker(name, 'vcard', collector, options);
  for (const card of cards) {
    if (card.version !== '') collector.version(card.version);
    if (card.unterminated) {
      checker.push({ problem: lineProblem(card.line, undefined, 'vcard-unterminated') });
      continue;
    }
    // FN repeats the name N gives (FN is read when N is empty): not a column of data left behind.
    for (const property of dataProperties(card)) if (property.name !== 'FN') collector.seen(property.name);
    checker.push({ contact: vcardSourceContact(card) });
  }
  return checker.finish();
}
