/**
 * Opens the text of a CSV file for the import (issue 2, "Reading"): refuses an empty (or BOM- and space-only) file
 * and binary data, reads the header line, and hands the rest over piece by piece with every line break (CRLF, LF
 * or CR) as `\n`. Only the first pieces are read up front: a big file is never one string (issue 2 bench: ≤ 200 MB).
 */
import { decodeCsvPieces } from './decode-csv-bytes';

export type CsvText = { ok: true; header: string; body: Iterable<string> } | { ok: false; code: 'empty-file' | 'not-text' };

/** C0 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL = /[\x00-\x08\x0e-\x1f]/g;
const LINE_BREAK = /\r\n?/g;
const NOT_SPACE = /\S/;
/** Characters at the start of the text that tell binary data from text. */
const SAMPLE = 8192;

/** Binary data (an .xlsx renamed .csv, an image) decodes to text full of NULs and control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls * 100 > sample.length;
}

/** `pieces` with CRLF and CR turned into LF, also when a CR ends one piece and its LF starts the next. */
function* normalizeLineBreaks(pieces: Iterable<string>): Generator<string> {
  let afterCr = false;
  for (let piece of pieces) {
    if (afterCr && piece.charCodeAt(0) === 10) piece = piece.slice(1);
    afterCr = piece.charCodeAt(piece.length - 1) === 13;
    if (piece.includes('\r')) piece = piece.replace(LINE_BREAK, '\n');
    if (piece !== '') yield piece;
  }
}

function* chain(first: string, rest: Iterator<string>): Generator<string> {
  yield first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/** Decodes `bytes` (lib/csv/decode-csv-bytes.ts) far enough to judge the file and read its header line. */
export function readCsvText(bytes: Uint8Array): CsvText {
  if (bytes.length === 0) return { ok: false, code: 'empty-file' };
  const pieces = decodeCsvPieces(bytes);
  // Read the binary sample (one more character, for a BOM) and up to the first non-space character.
  let head = '';
  let hasText = false;
  for (let next = pieces.next(); !next.done; next = pieces.next()) {
    head += next.value;
    hasText ||= NOT_SPACE.test(next.value);
    if (hasText && head.length > SAMPLE) break;
  }
  if (!hasText) return { ok: false, code: 'empty-file' };
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  if (looksBinary(head)) return { ok: false, code: 'not-text' };
  const lines = normalizeLineBreaks(chain(head, pieces));
  let text = '';
  for (let next = lines.next(); !next.done; next = lines.next()) {
    text += next.value;
    const end = next.value.indexOf('\n');
    if (end !== -1) {
      const at = text.length - next.value.length + end;
      return { ok: true, header: text.slice(0, at), body: chain(text.slice(at + 1), lines) };
    }
  }
  return { ok: true, header: text, body: [] };
}
