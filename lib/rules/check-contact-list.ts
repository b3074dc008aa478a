/**
 * A JSON import (issue 2 rules applied to an untrusted array of `{ name, position?, email?, phones? }`):
 * same line rules, duplicates and accounting as the CSV import; item i reports as line i + 1.
 */
import type { ImportReport } from '../contact/contact';
import { DEFAULT_MAX_CONTACTS, type CheckOptions } from './check-options';
import { checkContactFields } from './check-contact-fields';
import { isLineProblem, readRawContact } from '../csv/read-raw-contact';
import { createReportBuilder, refusedReport } from './report-builder';

/**
 * Checks a JSON contact list. Not an array, an empty array or more than `maxContacts` items refuse it;
 * any bad item is rejected on its own, never thrown.
 */
export function checkContactList(list: unknown, options: CheckOptions & { file?: string } = {}): ImportReport {
  const file = options.file ?? 'contacts.json';
  if (!Array.isArray(list)) return refusedReport(file, 'not-a-list');
  if (list.length === 0) return refusedReport(file, 'no-contacts');
  const max = options.maxContacts ?? DEFAULT_MAX_CONTACTS;
  if (list.length > max) return refusedReport(file, 'too-many-contacts', { count: list.length, max, parts: Math.ceil(list.length / max) });
  const builder = createReportBuilder(file, options);
  list.forEach((item: unknown, i) => {
    const line = i + 1;
    const raw = readRawContact(item, line);
    if (isLineProblem(raw)) return builder.reject(raw);
    const result = checkContactFields(raw, line, options.defaultCountry);
    if (result.ok) builder.accept(line, result.contact, result.warnings);
    else builder.reject(result.problem);
  });
  return builder.finish();
}
