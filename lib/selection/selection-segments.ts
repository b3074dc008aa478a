/**
 * A selected text cut into the pieces a signature is made of (issue 5): lines, then the parts of a line between
 * " | ", "•", "·" or tabs ("Head of Sales | Acme GmbH"). Each piece says which contact points (email, link, phone)
 * it held; its text is what is left around them.
 */
import type { ContactPoint, ContactPointKind } from './selection-contact-points';

export interface SelectionSegment {
  /** The piece without its contact points, spaces folded, trimmed. */
  text: string;
  /** The kinds of contact point the piece held, in order; empty for a piece of plain text. */
  points: ContactPointKind[];
}

/** One private-use character per kind stands for a contact point while the text is cut. */
const MARK: Record<ContactPointKind, string> = { email: '\u{E000}', link: '\u{E001}', phone: '\u{E002}' };
const KIND_OF_MARK = new Map(Object.entries(MARK).map(([kind, mark]) => [mark, kind as ContactPointKind]));
const MARKS = /[\u{E000}-\u{E002}]/gu;
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
/** A lone "|" too ("Sales|Acme"); "-" and "," are not cut here, a name or a position may hold them. */
const SEPARATOR = /\s*(?:\|+|[•·\t])\s*/;
/** Spaces of any width (no-break spaces of French text included). */
const SPACES = /[\s\u00a0\u202f]+/gu;

function segment(part: string): SelectionSegment {
  const points = [...part.matchAll(MARKS)].map((m) => KIND_OF_MARK.get(m[0]) ?? 'link');
  return { text: part.replace(MARKS, ' ').replace(SPACES, ' ').trim(), points };
}

/**
 * Cuts `text` into segments, in order. `points` are the contact points found in `text` (sorted, not overlapping).
 * In a `flattened` selection (Chrome turned its line breaks into spaces) every contact point also cuts the text, and
 * stands alone as a segment of its own: it is the only separator left between a name and what follows.
 */
export function splitSelection(text: string, points: readonly ContactPoint[], flattened: boolean): SelectionSegment[] {
  let marked = '';
  let at = 0;
  for (const point of points) {
    // A private-use character in the selection itself must not pass for a mark.
    marked += text.slice(at, point.start).replace(MARKS, ' ') + MARK[point.kind];
    at = point.end;
  }
  marked += text.slice(at).replace(MARKS, ' ');
  const segments: SelectionSegment[] = [];
  for (const line of marked.split(LINE_BREAK)) {
    for (const part of line.split(SEPARATOR)) {
      const pieces = flattened ? part.split(/([\u{E000}-\u{E002}])/u) : [part];
      for (const piece of pieces) segments.push(segment(piece));
    }
  }
  return segments;
}
