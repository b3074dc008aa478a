/**
 * One CSV cell as our files write it (export, template, rejected lines), safe to open in Excel, and its inverse as
 * the importer reads it, side by side so the two cannot drift apart.
 *
 * CSV injection (OWASP): a cell beginning with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. On import a cell of
 * `'`s followed by one of those characters loses one `'`, so a round trip is exact (a cell that already began with
 * `'=` is written `''=` and read back `'=`). Quotes around a cell holding `,`, `"`, CR or LF.
 */
const NEUTRALISED = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The cell's text in the file; empty for an empty or missing value. */
export function excelSafeCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const safe = NEUTRALISED.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A cell (already unquoted by the CSV parser) as the line rules read it: a cell {@link excelSafeCell} neutralised loses that one `'`. */
export function unneutralisedCell(value: string): string {
  return value.charCodeAt(0) === 39 && NEUTRALISED.test(value) ? value.slice(1) : value;
}
