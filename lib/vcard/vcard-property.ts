/**
 * One content line of a vCard, `[group.]NAME[;param…]:value` (RFC 6350 §3.3, RFC 2426, vCard 2.1), read into its
 * name, types and decoded value. Parameters may be `KEY=a,b`, quoted (`TYPE="work,voice"`), or bare as in 2.1
 * (`TEL;WORK;VOICE:`, `;QUOTED-PRINTABLE`, `;PREF`).
 */
import { decodeQuotedPrintable } from './decode-quoted-printable';

export interface VcardProperty {
  /** Upper-cased, without its group (`item1.TEL` → `TEL`). */
  name: string;
  group: string;
  /** Lower-cased TYPE values and bare 2.1 parameters (`work`, `cell`, `pref`, …); `pref` too for 4.0's `PREF=1`. */
  types: string[];
  /** The value after QUOTED-PRINTABLE and CHARSET decoding, still with its backslash escapes. */
  value: string;
}

const ENCODINGS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Where the value starts: the first `:` outside quotes; -1 when the line has none. */
export function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}

/** Does the line's name part say its value is QUOTED-PRINTABLE (so a final `=` is a soft line break)? */
export function isQuotedPrintable(line: string): boolean {
  const end = valueStart(line);
  return /[;=]quoted-printable\b/i.test(end === -1 ? line : line.slice(0, end));
}

/** The property of a content line, or null when the line has no `:`. */
export function readVcardProperty(line: string): VcardProperty | null {
  const end = valueStart(line);
  if (end === -1) return null;
  const [head = '', ...params] = splitOutsideQuotes(line.slice(0, end), ';');
  const dot = head.lastIndexOf('.');
  const types: string[] = [];
  let encoding = '';
  let charset: string | undefined;
  for (const param of params) {
    const equals = param.indexOf('=');
    const key = (equals === -1 ? '' : param.slice(0, equals)).trim().toLowerCase();
    // `TYPE="work,voice"` is a list too (RFC 6350 writes it quoted): the quotes go, then the commas split.
    const values = (equals === -1 ? param : param.slice(equals + 1)).replace(/"/g, '').split(',').map((v) => v.trim().toLowerCase());
    if (key === 'encoding' || (key === '' && ENCODINGS.has(values[0] ?? ''))) encoding = values[0] ?? '';
    else if (key === 'charset') charset = values[0];
    else if (key === 'pref') types.push('pref');
    else if (key === 'type' || key === '') types.push(...values.filter((v) => v !== ''));
  }
  const raw = line.slice(end + 1);
  return {
    name: head.slice(dot + 1).trim().toUpperCase(),
    group: dot === -1 ? '' : head.slice(0, dot).trim().toLowerCase(),
    types,
    value: encoding === 'quoted-printable' ? decodeQuotedPrintable(raw, charset) : raw,
  };
}

/** §3.4: `\n` is a line break, `\,` `\;` `\\` the character itself. */
export function unescapeVcardText(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** A structured value's components (`N:Smith;John;;Dr.;`), split on unescaped `;`, each unescaped. */
export function vcardComponents(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\' && i + 1 < value.length) {
      current += value.slice(i, i + 2);
      i++;
    } else if (char === ';') {
      parts.push(unescapeVcardText(current));
      current = '';
    } else current += char;
  }
  parts.push(unescapeVcardText(current));
  return parts;
}
