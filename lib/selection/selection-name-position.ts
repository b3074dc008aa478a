/**
 * The name and position of a selected signature (issue 5): the name is the first piece that reads as a person's
 * name and is not an address, number or link; the position is a short piece right after it ("Head of Sales").
 */
import { isNotAboutThePerson, stripClosing } from './selection-greetings';
import { stripLabels } from './selection-labels';
import { looksLikeName, positionFrom, splitAtCompany, splitAtTitle } from './selection-line-shapes';
import type { SelectionSegment } from './selection-segments';

export interface NameAndPosition {
  name: string;
  position: string;
}

/**
 * The name in `text` and what follows it on the same piece: "Jane Doe" alone, "Jane Doe, Head of Sales", or, in a
 * line Chrome flattened, "Jane Doe Head of Sales" (cut at the first job-title word; a position without a known
 * title word cannot be told from the name there).
 */
function splitName(text: string): { name: string; rest: string } | undefined {
  if (looksLikeName(text)) return { name: text, rest: '' };
  for (const { lead, rest } of [splitAtCompany(text), splitAtTitle(text)]) {
    if (rest !== '' && lead !== '' && looksLikeName(lead)) return { name: lead, rest };
  }
  return undefined;
}

/** The position in the first piece with text after `index`, or '' if that piece is a contact point or not a position. */
function positionAfter(segments: readonly SelectionSegment[], index: number, flattened: boolean): string {
  for (const segment of segments.slice(index + 1)) {
    if (segment.points.length > 0) return '';
    const text = stripLabels(segment.text, flattened);
    if (text === '') continue;
    return isNotAboutThePerson(text) || stripClosing(text) !== text ? '' : positionFrom(text);
  }
  return '';
}

/** The name of the first "Jane Doe <jane@x.y>" or "From: Jane Doe <jane@x.y>" piece, and where it is. */
function nameBesideEmail(segments: readonly SelectionSegment[]): { name: string; index: number } | undefined {
  for (const [index, segment] of segments.entries()) {
    if (segment.points.length === 0 || segment.points.some((kind) => kind !== 'email')) continue;
    // "To: Bob <bob@x.y>" names the recipient, not the person whose signature this is.
    if (isNotAboutThePerson(segment.text)) continue;
    const name = stripLabels(segment.text, false);
    if (looksLikeName(name)) return { name, index };
  }
  return undefined;
}

/** The first plain piece from `start` on that holds a name, with its position. */
function firstName(segments: readonly SelectionSegment[], start: number, flattened: boolean): (NameAndPosition & { index: number }) | undefined {
  for (let index = start; index < segments.length; index++) {
    const segment = segments[index];
    if (segment === undefined || segment.points.length > 0 || isNotAboutThePerson(segment.text)) continue;
    const text = stripLabels(stripClosing(segment.text), flattened);
    if (text === '' || isNotAboutThePerson(text)) continue;
    const found = splitName(text);
    if (found === undefined) continue;
    const inline = found.rest === '' ? '' : positionFrom(found.rest);
    return { name: found.name, position: inline !== '' ? inline : positionAfter(segments, index, flattened), index };
  }
  return undefined;
}

/**
 * The name and position of `segments` (see {@link splitSelection}), '' where none is found. A reply signed with a
 * first name ("Thanks,\nMike") often has the full signature below: a later name of several words wins over a
 * first one of one word. A "Jane Doe <jane@x.y>" piece gives the name only when no plain piece does, or when the
 * plain one is just its first name ("Jane" signing a mail from "Jane Doe <jane@x.y>").
 */
export function findNameAndPosition(segments: readonly SelectionSegment[], flattened: boolean): NameAndPosition {
  const besideEmail = nameBesideEmail(segments);
  let found = firstName(segments, 0, flattened);
  let next = found;
  while (found !== undefined && !found.name.includes(' ') && next !== undefined) {
    next = firstName(segments, next.index + 1, flattened);
    if (next !== undefined && next.name.includes(' ')) found = next;
  }
  if (found !== undefined) {
    const fuller = besideEmail !== undefined && !found.name.includes(' ') && besideEmail.name.startsWith(`${found.name} `);
    return { name: fuller && besideEmail !== undefined ? besideEmail.name : found.name, position: found.position };
  }
  if (besideEmail === undefined) return { name: '', position: '' };
  return { name: besideEmail.name, position: positionAfter(segments, besideEmail.index, flattened) };
}
