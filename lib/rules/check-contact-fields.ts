/**
 * The line-level rules of issue 2, shared by the CSV file, the JSON list and the single contact form:
 * control characters (lib/rules/control-characters.ts), trims, length limits, email shape, phones, "a work phone or
 * an email". The first problem, in column order, rejects the line; warnings only come with an accepted contact.
 */
import type { ContactFields, LineProblem, Phone } from '../contact/contact';
import type { CsvField } from '../csv/csv-columns';
import { escapeControlCharacters, firstControlCharacter } from './control-characters';
import { isEmailShape } from './email-shape';
import { flatString } from './flat-string';
import { lineProblem } from './line-problem';
import { normalizePhone } from '../phone/phone';

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
const MAX_EMAIL = 254;

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

/** The control-character rule, checked on a field's raw text before any other rule of that field. */
function controlProblem(line: number | null, field: CsvField, value: string): LineProblem | null {
  const found = firstControlCharacter(value);
  if (found === null) return null;
  // Show the value around the character, escaped, so the message neither hides nor acts on it.
  const start = Math.max(0, found.index - 20);
  const shown = `${start > 0 ? '…' : ''}${escapeControlCharacters(value.slice(start, found.index + 20))}${found.index + 20 < value.length ? '…' : ''}`;
  return lineProblem(line, field, 'control-character', { value: shown, found: found.character });
}

/** The name rule: required, at most {@link MAX_NAME} characters. `name` is already {@link oneLine}d. */
function nameProblem(name: string, line: number | null): LineProblem | null {
  return name === '' ? lineProblem(line, 'contact-name', 'name-required') : tooLong(line, 'contact-name', name, MAX_NAME);
}

/** The email rule: empty, or an address of at most {@link MAX_EMAIL} characters. `email` is trimmed and lower-cased. */
function emailProblem(email: string, raw: string, line: number | null): LineProblem | null {
  if (email === '') return null;
  return tooLong(line, 'email', email, MAX_EMAIL) ?? (isEmailShape(email) ? null : lineProblem(line, 'email', 'email-invalid', { value: raw.trim() }));
}

type PhoneCheck = { problem: LineProblem } | { phone: Phone; warning: LineProblem | null } | { repeated: LineProblem } | null;

/** One phone cell: `null` when empty; else its problem, or the phone (and a warning when it is not a valid number). */
function checkPhone(field: CsvField, value: string, phones: readonly Phone[], line: number | null, defaultCountry?: string): PhoneCheck {
  const text = value.trim();
  if (text === '') return null;
  const control = controlProblem(line, field, text);
  if (control) return { problem: control };
  const phone = normalizePhone(text, { defaultCountry });
  if (!phone.ok) return { problem: lineProblem(line, field, phone.code, phone.params) };
  if (phones.some((p) => p.number === phone.number)) return { repeated: lineProblem(line, field, 'phone-repeated', { value: text }) };
  let warning: LineProblem | null = null;
  if (!phone.valid) {
    const params = { value: text, display: phone.display, ...(phone.country ? { country: phone.country } : {}) };
    warning = lineProblem(line, field, 'phone-not-valid', params);
  }
  return { phone: { type: field === 'work-phone' ? 'work' : 'other', number: phone.number, display: phone.display }, warning };
}

function phoneCells(raw: RawContact) {
  return [{ field: 'work-phone' as CsvField, value: raw.workPhone }, ...raw.otherPhones];
}

/** Applies every line-level rule to one raw contact. `line: null` for a single contact form. */
export function checkContactFields(raw: RawContact, line: number | null, defaultCountry?: string): FieldsResult {
  const name = oneLine(raw.name);
  const badName = controlProblem(line, 'contact-name', name) ?? nameProblem(name, line);
  if (badName) return { ok: false, problem: badName };
  const position = oneLine(raw.position);
  const positionProblem = controlProblem(line, 'position', position) ?? tooLong(line, 'position', position, MAX_POSITION);
  if (positionProblem) return { ok: false, problem: positionProblem };
  const email = raw.email.trim().toLowerCase();
  const badEmail = controlProblem(line, 'email', email) ?? emailProblem(email, raw.email, line);
  if (badEmail) return { ok: false, problem: badEmail };
  const phones: Phone[] = [];
  const warnings: LineProblem[] = [];
  for (const { field, value } of phoneCells(raw)) {
    const checked = checkPhone(field, value, phones, line, defaultCountry);
    if (checked === null) continue;
    if ('problem' in checked) return { ok: false, problem: checked.problem };
    if ('repeated' in checked) {
      warnings.push(checked.repeated);
      continue;
    }
    if (checked.warning) warnings.push(checked.warning);
    phones.push(checked.phone);
  }
  if (email === '' && phones[0]?.type !== 'work') {
    return { ok: false, problem: lineProblem(line, 'work-phone', 'contact-method-required') };
  }
  // `slice` gives the array its exact size (a pushed-to array keeps room for 17): 100,000 contacts add up.
  return { ok: true, contact: contactFields(name, position, email, phones.slice()), warnings };
}

/** Every field's first problem and warning, each field checked on its own (the add/edit form shows them all at once). */
export interface EachFieldResult {
  problems: Partial<Record<CsvField, LineProblem>>;
  warnings: Partial<Record<CsvField, LineProblem>>;
}

/**
 * The same rules as {@link checkContactFields}, applied to every field independently so a form can show each
 * field's message next to it (issue 5). The contact is valid exactly when `problems` is empty.
 */
export function checkEachContactField(raw: RawContact, defaultCountry?: string): EachFieldResult {
  const problems: EachFieldResult['problems'] = {};
  const warnings: EachFieldResult['warnings'] = {};
  const name = oneLine(raw.name);
  const badName = controlProblem(null, 'contact-name', name) ?? nameProblem(name, null);
  if (badName) problems['contact-name'] = badName;
  const position = oneLine(raw.position);
  const badPosition = controlProblem(null, 'position', position) ?? tooLong(null, 'position', position, MAX_POSITION);
  if (badPosition) problems.position = badPosition;
  const email = raw.email.trim().toLowerCase();
  const badEmail = controlProblem(null, 'email', email) ?? emailProblem(email, raw.email, null);
  if (badEmail) problems.email = badEmail;
  const phones: Phone[] = [];
  for (const { field, value } of phoneCells(raw)) {
    const checked = checkPhone(field, value, phones, null, defaultCountry);
    if (checked === null) continue;
    if ('problem' in checked) problems[field] = checked.problem;
    else if ('repeated' in checked) warnings[field] = checked.repeated;
    else {
      if (checked.warning) warnings[field] = checked.warning;
      phones.push(checked.phone);
    }
  }
  if (email === '' && raw.workPhone.trim() === '') problems['work-phone'] ??= lineProblem(null, 'work-phone', 'contact-method-required');
  return { problems, warnings };
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
