/**
 * Splits the text after the header into records with papaparse (RFC 4180: separators, doubled quotes and line
 * breaks inside quotes), each with the 1-based line where it starts, so messages point at the right line even
 * after a quoted multi-line cell. Records are handed over one by one (papaparse `step`), so a 100,000-line file is
 * never held as one big array of rows (issue 2 bench: ≤ 200 MB).
 */
import Papa from 'papaparse';
import type { CsvDelimiter } from './match-csv-header';

export interface CsvRecord {
  /** Line where the record starts; the header is line 1. */
  line: number;
  fields: string[];
  /** papaparse found an unclosed or stray quote in this record. */
  badQuotes: boolean;
}

function countLineBreaks(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/**
 * Parses `body` (line breaks already `\n`; it starts on `firstLine`) and calls `onRecord` for each record in order.
 * A final line break ends the last record rather than opening an empty one.
 */
export function parseCsvRecords(body: string, delimiter: CsvDelimiter, onRecord: (record: CsvRecord) => void, firstLine = 2): void {
  if (body === '') return;
  const multiLine = body.includes('"');
  let line = firstLine;
  // Each record is handed over when the next one arrives: the last one papaparse reports may be the phantom empty
  // row after a final line break, which is not a line of the file.
  let pending: CsvRecord | undefined;
  const flush = (record: CsvRecord) => {
    onRecord(record);
    line += multiLine ? 1 + countLineBreaks(record.fields) : 1;
  };
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step(results) {
      if (pending) flush(pending);
      pending = { line, fields: results.data, badQuotes: results.errors.some((error) => error.type === 'Quotes') };
    },
  });
  if (pending === undefined) return;
  const phantom = body.endsWith('\n') && pending.fields.length === 1 && pending.fields[0] === '';
  if (!phantom) flush(pending);
}
