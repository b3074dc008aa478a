/**
 * Splits the text after the header into records with papaparse (RFC 4180: separators, doubled quotes and line
 * breaks inside quotes), each with the 1-based line where it starts, so messages point at the right line even
 * after a quoted multi-line cell. The text may come in pieces and records are handed over one by one, so a
 * 100,000-line file is never held as one string nor as one big array of rows (issue 2 bench: ≤ 200 MB).
 */
import Papa from 'papaparse';
import type { CsvDelimiter } from './read-csv-header';

export interface CsvRecord {
  /** Line where the record starts; the header is line 1. */
  line: number;
  fields: string[];
  /** papaparse found an unclosed or stray quote in this record. */
  badQuotes: boolean;
}

export interface CsvRecordParser {
  /** Parses the next piece of text (line breaks already `\n`); complete records are handed over. */
  push(piece: string): void;
  /** The text is over: hands over the last record. */
  end(): void;
}

/** What papaparse's core Parser hands its `step` (its typings describe the wrapped parser's). */
interface StepResult {
  data: string[][];
  errors: { type: string }[];
}

function countLineBreaks(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

/**
 * A parser of the text that starts on `firstLine`, calling `onRecord` for each record in order. Records are the
 * same whatever the pieces (papaparse's own chunking: the unfinished last record is parsed again with the next
 * piece). A final line break ends the last record rather than opening an empty one.
 */
export function createCsvRecordParser(delimiter: CsvDelimiter, onRecord: (record: CsvRecord) => void, firstLine = 2): CsvRecordParser {
  let line = firstLine;
  // Each record is handed over when the next one arrives: the last one papaparse reports may be the phantom empty
  // row after a final line break, which is not a line of the file.
  let pending: CsvRecord | undefined;
  let unparsed = '';
  let offset = 0;
  let queued = '';
  let started = false;
  let seen = false;
  let endsWithBreak = false;
  const parser = new Papa.Parser({
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step(results: unknown) {
      const { data, errors } = results as StepResult;
      if (pending) flush(pending);
      pending = { line, fields: data[0] ?? [], badQuotes: errors.some((error) => error.type === 'Quotes') };
    },
  });
  function flush(record: CsvRecord): void {
    onRecord(record);
    line += 1 + countLineBreaks(record.fields);
  }
  function parse(last: boolean): void {
    const text = unparsed + queued;
    queued = '';
    const cursor: number = parser.parse(text, offset, !last).meta.cursor;
    unparsed = last ? '' : text.slice(cursor - offset);
    offset = cursor;
  }
  return {
    push(text) {
      if (text === '') return;
      // Like Papa.parse, drop a BOM that starts the text.
      const piece = started || text.charCodeAt(0) !== 0xfeff ? text : text.slice(1);
      started = true;
      if (piece === '') return;
      seen = true;
      endsWithBreak = piece.charCodeAt(piece.length - 1) === 10;
      queued += piece;
      // An unfinished record (an unclosed quote) is parsed again with each piece: wait for as much new text as it
      // holds, so a long one costs linear time, not quadratic.
      if (queued.length >= unparsed.length) parse(false);
    },
    end() {
      if (!seen) return;
      // Papaparse reads an empty row after a final line break only when that break is in the text it parses last.
      const rest = unparsed + queued !== '';
      if (rest) parse(true);
      if (pending === undefined) return;
      const phantom = rest && endsWithBreak && pending.fields.length === 1 && pending.fields[0] === '';
      if (!phantom) flush(pending);
      pending = undefined;
    },
  };
}
