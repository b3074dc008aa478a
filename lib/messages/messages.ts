/**
 * Every message the import rules emit, in English and French, built from a stable `code` plus parameters, so the
 * extension shows them in the reader's language (issue 2, section 2). A report's `message` field is the English text.
 * Messages say what happened, show the bad value, and say what to do (STYLE.md).
 */
import type { MessageParams } from '../contact/contact';
import { flatString } from '../rules/flat-string';
import { MESSAGE_CATALOG } from './message-catalog';
import { csvColumnName } from '../csv/csv-columns';

export type Locale = 'en' | 'fr';

/**
 * Builds the message of `code` in `locale`. With `params.line` (and `params.field`) the message starts with
 * where the problem is: `Line 7, work-phone: …` / `Ligne 7, téléphone-travail : …`.
 * An unknown code gives a generic text that still shows the code, never an exception.
 */
export function formatMessage(code: string, params: MessageParams | undefined, locale: Locale): string {
  const p = params ?? {};
  const entry = MESSAGE_CATALOG[code];
  const body = entry === undefined ? unknown(code, locale) : entry[locale](p);
  return flatString(prefix(p, locale) + body);
}

/** Does the catalog hold `code`? (Tests check every emitted code is there.) */
export function hasMessage(code: string): boolean {
  return Object.hasOwn(MESSAGE_CATALOG, code);
}

function prefix(p: MessageParams, locale: Locale): string {
  if (p.line === undefined) return '';
  const field = p.field === undefined ? '' : `, ${csvColumnName(String(p.field), locale)}`;
  return locale === 'fr' ? `Ligne ${p.line}${field} : ` : `Line ${p.line}${field}: `;
}

function unknown(code: string, locale: Locale): string {
  return locale === 'fr' ? `Problème « ${code} ».` : `Problem "${code}".`;
}

/**
 * A problem's message for a place that already shows its line or field (the add form, a table with a line column):
 * no "Line N" prefix, first letter capitalised.
 */
export function formatBareMessage(code: string, params: MessageParams | undefined, locale: Locale): string {
  const { line: _line, field: _field, ...rest } = params ?? {};
  const text = formatMessage(code, rest, locale);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A problem's message beside a field of the add/edit form (issue 9, defect 2): the form's own wording where the CSV
 * text speaks of columns or spreadsheets ("Write the contact's name.", not "… in the first column."), no "Line N"
 * prefix, first letter capitalised.
 */
export function formatFieldMessage(code: string, params: MessageParams | undefined, locale: Locale): string {
  const form = MESSAGE_CATALOG[code]?.form;
  if (form === undefined) return formatBareMessage(code, params, locale);
  const { line: _line, field: _field, ...rest } = params ?? {};
  const text = flatString(form[locale](rest));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A CSV column as the reader's header names it (the users' guide's English or French header). */
export function fieldName(field: string, locale: Locale): string {
  return csvColumnName(field, locale);
}
