/**
 * Reads the cards of a .vcf file (issue 13): many cards per file, vCard 2.1, 3.0 and 4.0, CRLF, LF or CR line
 * ends (mixed too), folded lines (a line starting with a space or tab continues the previous one, RFC 6350 §3.2)
 * and 2.1's QUOTED-PRINTABLE soft line breaks (a value line ending in `=` continues on the next line).
 *
 * Our own reader rather than a package: on npm, `vcf` (node-vcf 2.1) keeps 2.1 values QUOTED-PRINTABLE-encoded,
 * ignores CHARSET, drops `PREF`, and splits parameters inside quotes; `ical.js` and `vcard4` read 3.0/4.0 only.
 */
import { isQuotedPrintable, readVcardProperty, type VcardProperty } from './vcard-property';

export interface Vcard {
  /** Line of the file where `BEGIN:VCARD` is (1-based). */
  line: number;
  /** The VERSION property's value, `''` when the card has none. */
  version: string;
  properties: VcardProperty[];
  /** The file ended before this card's `END:VCARD`. */
  unterminated: boolean;
}

export interface VcardFile {
  cards: Vcard[];
}

interface LogicalLine {
  line: number;
  text: string;
}

/** Joins folded lines and soft line breaks into logical lines, each with the line number where it starts. */
function* logicalLines(text: string): Generator<LogicalLine> {
  let current: LogicalLine | undefined;
  let quotedPrintable = false;
  let number = 0;
  for (const physical of text.split(/\r\n|\r|\n/)) {
    number++;
    if (current !== undefined && quotedPrintable && current.text.endsWith('=')) {
      // Soft line break: the `=` goes, and so does one space some writers indent the next line with.
      current.text = current.text.slice(0, -1) + physical.replace(/^[ \t]/, '');
      continue;
    }
    if (current !== undefined && /^[ \t]/.test(physical)) {
      current.text += physical.slice(1);
      continue;
    }
    if (current !== undefined) yield current;
    current = { line: number, text: physical };
    quotedPrintable = isQuotedPrintable(physical);
  }
  if (current !== undefined) yield current;
}

/** The cards of a vCard file's text; lines outside `BEGIN:VCARD` … `END:VCARD` are ignored. */
export function readVcards(text: string): VcardFile {
  const cards: Vcard[] = [];
  let card: Vcard | undefined;
  for (const { line, text: content } of logicalLines(text)) {
    const trimmed = content.trim();
    if (trimmed === '') continue;
    const upper = trimmed.toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      // A BEGIN inside a card means its END is missing: that card is reported, not merged with the next one.
      if (card !== undefined) cards.push({ ...card, unterminated: true });
      card = { line, version: '', properties: [], unterminated: false };
      continue;
    }
    if (card === undefined) continue;
    if (upper === 'END:VCARD') {
      cards.push(card);
      card = undefined;
      continue;
    }
    const property = readVcardProperty(content);
    if (property === null) continue;
    if (property.name === 'VERSION') card.version = property.value.trim();
    else card.properties.push(property);
  }
  if (card !== undefined) cards.push({ ...card, unterminated: true });
  return { cards };
}
