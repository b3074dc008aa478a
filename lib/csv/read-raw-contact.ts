/**
 * Reads one untrusted JSON contact (`{ name, position?, email?, phones?: [{ type, number }] }`) into the raw
 * strings the line rules check. Anything else is a problem with a clear message, never an exception.
 */
import type { LineProblem } from '../contact/contact';
import type { CsvField } from './csv-columns';
import type { RawContact } from '../rules/check-contact-fields';
import { lineProblem } from '../rules/line-problem';

const KEYS = new Set(['name', 'position', 'email', 'phones']);
/** `display` is accepted so a client may send back a phone as it got it, and ignored: the rules recompute it from the number. */
const PHONE_KEYS = new Set(['type', 'number', 'display']);
const OTHER_FIELDS: readonly CsvField[] = ['optional-phone-1', 'optional-phone-2'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An optional string: `undefined` and `null` read as empty. */
function text(item: Record<string, unknown>, key: string): string | null {
  const value = item[key];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : null;
}

const FIELD_OF: Record<string, CsvField> = { name: 'contact-name', position: 'position', email: 'email' };

/** The raw contact, or the first problem found. `line: null` for a single contact (no "Line N" in messages). */
export function readRawContact(item: unknown, line: number | null): RawContact | LineProblem {
  if (!isRecord(item)) return lineProblem(line, undefined, 'not-an-object');
  for (const key of Object.keys(item)) if (!KEYS.has(key)) return lineProblem(line, undefined, 'unknown-key', { key });
  const values: Record<string, string> = {};
  for (const key of ['name', 'position', 'email']) {
    const value = text(item, key);
    if (value === null) return lineProblem(line, FIELD_OF[key], 'wrong-type', { key, expected: 'string' });
    values[key] = value;
  }
  const phones = item.phones ?? [];
  if (!Array.isArray(phones)) return lineProblem(line, 'work-phone', 'wrong-type', { key: 'phones', expected: 'array' });
  let workPhone = '';
  const otherPhones: { field: CsvField; value: string }[] = [];
  for (const [i, phone] of phones.entries()) {
    const key = `phones[${i}]`;
    if (!isRecord(phone)) return lineProblem(line, 'work-phone', 'wrong-type', { key, expected: 'object' });
    for (const k of Object.keys(phone)) if (!PHONE_KEYS.has(k)) return lineProblem(line, 'work-phone', 'unknown-key', { key: `${key}.${k}` });
    if (typeof phone.number !== 'string') return lineProblem(line, 'work-phone', 'wrong-type', { key: `${key}.number`, expected: 'string' });
    if (phone.type === 'work') {
      if (workPhone !== '') return lineProblem(line, 'work-phone', 'too-many-work-phones');
      workPhone = phone.number;
    } else if (phone.type === 'other') {
      const field = OTHER_FIELDS[otherPhones.length];
      if (field === undefined) return lineProblem(line, 'optional-phone-2', 'too-many-phones', { max: OTHER_FIELDS.length });
      otherPhones.push({ field, value: phone.number });
    } else {
      return lineProblem(line, 'work-phone', 'phone-type-invalid', { value: String(phone.type) });
    }
  }
  return { name: values.name ?? '', position: values.position ?? '', email: values.email ?? '', workPhone, otherPhones };
}

/** Tells {@link readRawContact}'s problem from its raw contact. */
export function isLineProblem(value: RawContact | LineProblem): value is LineProblem {
  return 'code' in value;
}
