/**
 * One CSV cell as our files write it (export, rejected lines), safe to open in Excel. CSV injection (OWASP): a cell
 * beginning with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, which lib/check-contacts-csv.ts removes again on
 * import (a cell of `'`s followed by one of those characters loses one `'`), so a round trip is exact. Quotes
 * around a cell holding `,`, `"`, CR or LF.
 */
const RISKY = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The cell's text in the file; empty for an empty or missing value. */
export function excelSafeCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const safe = RISKY.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
