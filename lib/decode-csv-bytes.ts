/**
 * Turns the bytes of a CSV file into text, the way our users' spreadsheets write it (issue 2, "Reading"):
 * UTF-8 with or without BOM, UTF-16 with BOM, and text that is not valid UTF-8 read as Windows-1252
 * (Excel's "CSV" on Windows). Line breaks come out as `\n` (CRLF, LF and CR all accepted).
 */

export type DecodedText = { ok: true; text: string } | { ok: false; code: 'empty-file' | 'not-text' };

/** C0 control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL = /[\x00-\x08\x0e-\x1f]/g;
const LINE_BREAK = /\r\n?/g;

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Binary data (an .xlsx renamed .csv, an image) decodes to text full of NULs and control characters. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls * 100 > sample.length;
}

/** Decodes `bytes`; an empty (or BOM- and space-only) file and binary data are file-level refusals. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, code: 'empty-file' };
  const raw = decode(bytes);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (!/\S/.test(text)) return { ok: false, code: 'empty-file' };
  if (looksBinary(text)) return { ok: false, code: 'not-text' };
  return { ok: true, text: text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text };
}
