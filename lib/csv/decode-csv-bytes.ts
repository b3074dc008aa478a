/**
 * Turns the bytes of a CSV file into text, the way our users' spreadsheets write it (issue 2, "Reading"):
 * UTF-8 with or without BOM, UTF-16 with BOM, and text that is not valid UTF-8 read as Windows-1252
 * (Excel's "CSV" on Windows). The text comes piece by piece, so a big file is never held twice (as bytes and as
 * one string; issue 2 bench: ≤ 200 MB); lib/csv/read-csv-text.ts joins the pieces into lines.
 */

export type CsvEncoding = 'utf-16le' | 'utf-16be' | 'utf-8' | 'windows-1252';

/** Bytes decoded per piece: big enough that the per-piece cost vanishes, small next to a big file. */
const PIECE_BYTES = 1 << 16;

/** A UTF-16 BOM decides; otherwise UTF-8 if every byte sequence is valid UTF-8 (checked piece by piece), else Windows-1252. */
function csvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let start = 0; start < bytes.length; start += PIECE_BYTES) decoder.decode(bytes.subarray(start, start + PIECE_BYTES), { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The text of `bytes` in `encoding`, in order, piece by piece (a UTF-8 or UTF-16 BOM is dropped, as
 * `TextDecoder` does). Line breaks are left as they are.
 */
export function* decodeCsvPieces(bytes: Uint8Array, encoding: CsvEncoding = csvEncoding(bytes), pieceBytes = PIECE_BYTES): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (let start = 0; start < bytes.length; start += pieceBytes) {
    const piece = decoder.decode(bytes.subarray(start, start + pieceBytes), { stream: true });
    if (piece !== '') yield piece;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
