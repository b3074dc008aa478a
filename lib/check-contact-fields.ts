/**
 * The line-level rules of issue 2, shared by the CSV file, the JSON list and the single contact form:
 * trims, length limits, email shape, phones, "a work phone or an email". The first problem, in column order,
 * rejects the line; warnings only come with an accepted contact.
 */
import type { ContactFields, CsvField, LineProblem, Phone } from './contact';
import { isEmailShape } from './email-shape';
import { flatString } from './flat-string';
import { lineProblem } from './line-problem';
import { normalizePhone } from './phone';

/** The raw text of one contact, before any rule (a CSV line's cells, or a JSON item's strings). */
export interface RawContact {
  name: string;
  position: string;
  email: string;
  workPhone: string;
  otherPhones: readonly { field: CsvField; value: string }[];
}

export type FieldsResult =
  | { ok: true; contact: ContactFields; warnings: LineProblem[] }
  | { ok: false; problem: LineProblem };

export const MAX_NAME = 200;
export const MAX_POSITION = 200;
export const MAX_EMAIL = 254;

const WHITESPACE = /\s+/g;

/** Trims, and folds inner line breaks, tabs and runs of spaces into one space: a name shows on one line. */
function oneLine(value: string): string {
  const trimmed = value.trim();
  return trimmed.includes('  ') || /[\t\n\r\f\v\u00a0]/.test(trimmed) ? trimmed.replace(WHITESPACE, ' ') : trimmed;
}

function length(value: string): number {
  return value.length <= 1 ? value.length : [...value].length;
}

function tooLong(line: number | null, field: CsvField, value: string, max: number): LineProblem | null {
  if (value.length <= max) return null;
  const count = length(value);
  if (count <= max) return null;
  return lineProblem(line, field, 'too-long', { value: `${[...value].slice(0, 40).join('')}…`, length: count, max });
}

/** Applies every line-level rule to one raw contact. `line: null` for a single contact form. */
export function checkContactFields(raw: RawContact, line: number | null, defaultCountry?: string): FieldsResult {
  const name = oneLine(raw.name);
  if (name === '') return { ok: false, problem: lineProblem(line, 'contact-name', 'name-required') };
  const nameProblem = tooLong(line, 'contact-name', name, MAX_NAME);
  if (nameProblem) return { ok: false, problem: nameProblem };
  const position = oneLine(raw.position);
  const positionProblem = tooLong(line, 'position', position, MAX_POSITION);
  if (positionProblem) return { ok: false, problem: positionProblem };
  const email = raw.email.trim().toLowerCase();
  if (email !== '') {
    const emailProblem = tooLong(line, 'email', email, MAX_EMAIL);
    if (emailProblem) return { ok: false, problem: emailProblem };
    if (!isEmailShape(email)) return { ok: false, problem: lineProblem(line, 'email', 'email-invalid', { value: raw.email.trim() }) };
  }
  const phones: Phone[] = [];
  const warnings: LineProblem[] = [];
  const cells = [{ field: 'work-phone' as CsvField, value: raw.workPhone }, ...raw.otherPhones];
  for (const { field, value } of cells) {
    const text = value.trim();
    if (text === '') continue;
    const phone = normalizePhone(text, { defaultCountry });
    if (!phone.ok) return { ok: false, problem: lineProblem(line, field, phone.code, phone.params) };
    if (phones.some((p) => p.number === phone.number)) {
      warnings.push(lineProblem(line, field, 'phone-repeated', { value: text }));
      continue;
    }
    if (!phone.valid) {
      const params = { value: text, display: phone.display ?? phone.number, ...(phone.country ? { country: phone.country } : {}) };
      warnings.push(lineProblem(line, field, 'phone-not-valid', params));
    }
    phones.push({ type: field === 'work-phone' ? 'work' : 'other', number: phone.number });
  }
  if (email === '' && phones[0]?.type !== 'work') {
    return { ok: false, problem: lineProblem(line, 'work-phone', 'contact-method-required') };
  }
  // `slice` gives the array its exact size (a pushed-to array keeps room for 17): 100,000 contacts add up.
  return { ok: true, contact: contactFields(name, position, email, phones.slice()), warnings };
}

/** The contact with empty optional fields left out, built as one literal per shape (compact objects, fixed key order). */
function contactFields(rawName: string, rawPosition: string, rawEmail: string, phones: Phone[]): ContactFields {
  // Copies: a cell of a CSV file is a slice of the text, which a kept slice would keep whole in memory.
  const name = flatString(rawName);
  const position = flatString(rawPosition);
  const email = flatString(rawEmail);
  if (position === '') return email === '' ? { name, phones } : { name, email, phones };
  return email === '' ? { name, position, phones } : { name, position, email, phones };
}
