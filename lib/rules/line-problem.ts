/**
 * Builds the `{ line, field, code, params, message }` of a line-level problem, the message in English
 * (the UI rebuilds it from `code` + `params` in the reader's language).
 */
import type { LineProblem, MessageParams } from '../contact/contact';
import type { CsvField } from '../csv/csv-columns';
import { flatString } from './flat-string';
import { formatMessage } from '../messages/messages';

/**
 * `line: null` is a single contact (the add/edit form, the server's POST/PUT): the problem reports line 1 and its
 * message has no "Line N" prefix.
 */
export function lineProblem(line: number | null, field: CsvField | undefined, code: string, params: MessageParams = {}): LineProblem {
  const full: MessageParams = {};
  // Copies: a value from a CSV file is a slice of its text, which a kept slice would keep whole in memory.
  for (const [key, value] of Object.entries(params)) full[key] = typeof value === 'string' ? flatString(value) : value;
  if (line !== null) full.line = line;
  if (field !== undefined) full.field = field;
  const message = formatMessage(code, full, 'en');
  return field === undefined ? { line: line ?? 1, code, params: full, message } : { line: line ?? 1, field, code, params: full, message };
}
