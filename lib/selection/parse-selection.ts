/**
 * "Add selection as contact" (issue 5): a selected text — usually an email signature — read into a draft for the
 * add form. Nothing here is checked or saved: the admin sees the filled form and saves it, and the form applies the
 * usual field rules then.
 *
 * What a selection Chrome flattened into one line (line breaks turned into spaces) loses: with no " | ", "•", "·",
 * tab or contact point between them, a name and a position run together, and are told apart only at a known
 * job-title word ("Jane Doe Head of Sales" → "Jane Doe", "Head of Sales"; "Jane Doe Key Accounts" stays one name).
 * An address line run into a name line makes both unusable (the name then holds digits and is not taken).
 */
import { MAX_NAME, MAX_POSITION } from '../rules/check-contact-fields';
import { isKnownCountry } from '../phone/phone';
import { findContactPoints } from './selection-contact-points';
import { findNameAndPosition } from './selection-name-position';
import { splitSelection } from './selection-segments';

/** What the add form is filled with. */
export interface SelectionDraft {
  /** '' when none found. */
  name: string;
  /** '' when none found. */
  position: string;
  /** The first email found, lower-cased; '' when none. */
  email: string;
  /**
   * Phones found, in order, deduplicated, each in international form ("+49 30 1234567"), faxes left out; at most
   * 3 (the form's work phone and two optional ones), the first is the work phone. A national number no country
   * could read is kept as written ("06 12 34 56 78") and listed in {@link nationalNumbers} too.
   */
  phones: string[];
  /**
   * The national-format numbers of {@link phones} that need a country to be read (issue 9, defect 10): none was set,
   * or they are not numbers of the one set. The form says so and offers to choose it.
   */
  nationalNumbers: string[];
}

/** A signature is a few hundred characters; a whole page selected is cut here so the parse stays fast. */
const MAX_SELECTION_LENGTH = 5_000;
const MAX_PHONES = 3;

/** `text` cut to `max` characters, never between the two halves of an emoji or other astral character. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `text` cut to `max` code points: the core limits count characters as the user sees them. */
function limit(text: string, max: number): string {
  return text.length <= max ? text : [...text].slice(0, max).join('').trim();
}

/**
 * Reads the name, position, first email and phones of a selected text, e.g. the example
 * `"Jane Doe\nHead of Sales, Acme GmbH\njane.doe@acme.example | +49 30 1234567"` →
 * `{ name: 'Jane Doe', position: 'Head of Sales', email: 'jane.doe@acme.example', phones: ['+49 30 1234567'] }`.
 * Pure, never throws; only the first {@link MAX_SELECTION_LENGTH} characters are read.
 * @param options.defaultCountry ISO 3166 alpha-2 code from the settings: reads national numbers ("030 1234567").
 *   Without it, or if unknown, national numbers are kept as written and listed in `nationalNumbers`.
 */
export function parseSelection(text: string, options: { defaultCountry?: string } = {}): SelectionDraft {
  const capped = cap(text, MAX_SELECTION_LENGTH);
  const country = options.defaultCountry?.toUpperCase();
  const points = findContactPoints(capped, country !== undefined && isKnownCountry(country) ? country : undefined);
  const phones = [...new Set(points.flatMap((p) => (p.kind === 'phone' && p.value !== '' ? [p.value] : [])))].slice(0, MAX_PHONES);
  const national = new Set(points.flatMap((p) => (p.national ? [p.value] : [])));
  // Chrome gives a selection's line breaks as spaces in some pages; then every contact point is a separator too.
  const flattened = !/[\n\r\v\f\u2028\u2029]/.test(capped.trim());
  const { name, position } = findNameAndPosition(splitSelection(capped, points, flattened), flattened);
  return {
    name: limit(name, MAX_NAME),
    position: limit(position, MAX_POSITION),
    email: points.find((p) => p.kind === 'email')?.value ?? '',
    phones,
    nationalNumbers: phones.filter((phone) => national.has(phone)),
  };
}
