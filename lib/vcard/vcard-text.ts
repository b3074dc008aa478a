/**
 * vCard text rules shared by every vCard this product writes (RFC 6350 §3.2 and §3.4, the same in RFC 2426 for
 * vCard 3.0): text escaping and line folding. Used by the vCard export and the CardDAV address book (issue 12).
 */

const encoder = new TextEncoder();

/** True when `line` takes at most `max` octets in UTF-8, counted without encoding it (the common case: no fold). */
function fitsIn(line: string, max: number): boolean {
  if (line.length > max) return false;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A surrogate pair is 4 octets over 2 units: 2 each.
    octets += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (octets > max) return false;
  }
  return true;
}

/** §3.4: backslash, comma, semicolon and line breaks are escaped in text values. */
export function escapeVcardText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.2: a line longer than 75 octets continues on lines that start with one space, never inside a UTF-8 character. */
export function foldVcardLine(line: string): string {
  if (fitsIn(line, 75)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
