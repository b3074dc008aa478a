/**
 * One contact from the add/edit form or the server's POST/PUT, under the same rules as an imported line
 * (issue 2). Problems report `line: 1` and their messages carry no "Line N" prefix.
 */
import type { ContactFields, LineProblem } from '../contact/contact';
import { checkContactFields } from './check-contact-fields';
import { isLineProblem, readRawContact } from '../csv/read-raw-contact';

export type ContactValidation = { ok: true; contact: ContactFields; warnings: LineProblem[] } | { ok: false; problems: LineProblem[] };

/** Validates and normalises an untrusted `{ name, position?, email?, phones? }` (at most one work phone). */
export function validateContact(input: unknown, options: { defaultCountry?: string } = {}): ContactValidation {
  const raw = readRawContact(input, null);
  if (isLineProblem(raw)) return { ok: false, problems: [raw] };
  const result = checkContactFields(raw, null, options.defaultCountry);
  return result.ok ? result : { ok: false, problems: [result.problem] };
}
