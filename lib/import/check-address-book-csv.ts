/**
 * Reads a Google Contacts or Outlook CSV (issue 13): the header line is split with each separator in turn (`,`,
 * `;`, tab) until a recogniser knows it; the records then go, one by one, through the record parser our CSV uses
 * (quotes, line breaks in cells, line numbers) and the shared checker (lib/import/check-source-contacts.ts).
 */
import Papa from 'papaparse';
import type { ImportReport } from '../contact/contact';
import type { CsvDelimiter } from '../csv/read-csv-header';
import { createCsvRecordParser } from '../csv/csv-record-parser';
import type { CheckOptions } from '../rules/check-options';
import { lineProblem } from '../rules/line-problem';
import type { AddressBookCsv } from './address-book-csv';
import { createSourceChecker } from './check-source-contacts';
import { recogniseGoogleCsv } from './google/google-csv';
import { createMappingCollector } from './mapping-collector';
import { recogniseOutlookCsv } from './outlook/outlook-csv';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export interface RecognisedCsv {
  reader: AddressBookCsv;
  delimiter: CsvDelimiter;
}

/** The address book that wrote `headerLine` and its separator, or null when none is recognised. */
export function recogniseAddressBookCsv(headerLine: string): RecognisedCsv | null {
  for (const delimiter of DELIMITERS) {
    const cells = (Papa.parse<string[]>(headerLine, { delimiter, quoteChar: '"' }).data[0] ?? []).map(String);
    if (cells.length < 2) continue;
    const reader = recogniseGoogleCsv(cells) ?? recogniseOutlookCsv(cells);
    if (reader !== null) return { reader, delimiter };
  }
  return null;
}

/** Checks the records of a recognised address-book CSV (`body`: the text after the header, line breaks as `\n`). */
export function checkAddressBookCsv(file: string, recognised: RecognisedCsv, body: Iterable<string>, options: CheckOptions): ImportReport {
  const { reader, delimiter } = recognised;
  const collector = createMappingCollector(reader.variant, reader.columns);
  const checker = createSourceChecker(file, reader.format, collector, options);
  const width = reader.columns.length;
  const parser = createCsvRecordParser(delimiter, ({ line, fields, badQuotes }) => {
    if (fields.every((field) => field.trim() === '')) return checker.push({ blank: true });
    if (badQuotes) return checker.push({ problem: lineProblem(line, undefined, 'bad-quotes') });
    // A row of another width than the header was cut or joined: its cells would land in the wrong columns.
    if (fields.length !== width) return checker.push({ problem: lineProblem(line, undefined, 'source-field-count', { count: fields.length, width }) });
    fields.forEach((field, i) => {
      if (field.trim() !== '' && !reader.labels.has(i)) collector.seen(reader.columns[i] ?? '');
    });
    checker.push({ contact: reader.read(line, fields) });
  });
  for (const piece of body) parser.push(piece);
  parser.end();
  return checker.finish();
}
