/**
 * vCard 2.1's QUOTED-PRINTABLE values (RFC 2045 §6.7, as phones and Outlook write them): `=XX` is one byte, the
 * bytes are text in the property's CHARSET (UTF-8 when it has none and they are valid UTF-8, else Windows-1252).
 * Soft line breaks are joined by the reader (lib/vcard/read-vcards.ts) before this runs.
 */

const HEX = /^[0-9A-Fa-f]{2}$/;

/** The bytes `value` encodes; a `=` not followed by two hex digits stays as it is (lenient, like mail readers). */
function quotedPrintableBytes(value: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i);
    const hex = value.slice(i + 1, i + 3);
    if (char === 61 && HEX.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (char < 0x80) {
      bytes.push(char);
    } else {
      // A character the file already decoded (8-bit text inside a QP value): keep it as UTF-8.
      bytes.push(...new TextEncoder().encode(value[i] ?? ''));
    }
  }
  return new Uint8Array(bytes);
}

function decoderFor(charset: string | undefined): TextDecoder | null {
  if (charset === undefined) return null;
  try {
    return new TextDecoder(charset.trim());
  } catch {
    return null; // a charset the platform does not know: read it like an unlabelled value
  }
}

/** The text of a QUOTED-PRINTABLE value in `charset`. */
export function decodeQuotedPrintable(value: string, charset?: string): string {
  const bytes = quotedPrintableBytes(value);
  const labelled = decoderFor(charset);
  if (labelled !== null) return labelled.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
