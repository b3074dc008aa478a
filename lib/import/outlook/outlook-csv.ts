/**
 * Outlook's CSV export in English, French or German (issue 13), recognised from its header by the columns of
 * lib/import/outlook/outlook-columns.ts: a first name, a last name and at least one email or phone column of one
 * language. Header cells are compared trimmed and case-folded (French Outlook writes `"Société "`).
 */
import type { AddressBookCsv } from '../address-book-csv';
import { columnKey } from '../column-key';
import type { SourceValue } from '../source-contact';
import { OUTLOOK_COLUMNS, type OutlookColumn, type OutlookColumns } from './outlook-columns';

/** The index of the `occurrence`-th column named `name`, or -1. */
function indexOf(keys: readonly string[], [name, occurrence]: OutlookColumn): number {
  const key = columnKey(name);
  let seen = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i] === key && ++seen === occurrence) return i;
  return -1;
}

/** The Outlook reader of a header whose cells are `cells`, or null when it is not an Outlook export. */
export function recogniseOutlookCsv(cells: readonly string[]): AddressBookCsv | null {
  const keys = cells.map(columnKey);
  for (const table of OUTLOOK_COLUMNS) {
    const at = (column: OutlookColumn) => indexOf(keys, column);
    const [first, , last] = table.nameParts.map(at);
    const emails = table.emails.map(at).filter((i) => i !== -1);
    const phones = table.phones.map(([name, kind]) => ({ index: at([name, 1]), kind })).filter(({ index }) => index !== -1);
    if (first === -1 || last === -1 || emails.length + phones.length === 0) continue;
    return outlookReader(table, cells, keys, emails, phones);
  }
  return null;
}

function outlookReader(
  table: OutlookColumns,
  cells: readonly string[],
  keys: readonly string[],
  emails: number[],
  phones: { index: number; kind: (typeof table.phones)[number][1] }[],
): AddressBookCsv {
  const columns = cells.map((cell) => cell.trim());
  const parts = table.nameParts.map((column) => indexOf(keys, column)).filter((i) => i !== -1);
  const [organisation, jobTitle] = [indexOf(keys, table.organisation), indexOf(keys, table.jobTitle)];
  const value = (row: readonly string[], i: number): SourceValue | undefined =>
    i === -1 ? undefined : { value: row[i] ?? '', column: columns[i] ?? '' };
  return {
    format: 'outlook-csv',
    variant: table.variant,
    columns,
    labels: new Set(),
    read: (line, row) => ({
      line,
      nameParts: parts.flatMap((i) => value(row, i) ?? []),
      organisation: value(row, organisation),
      jobTitle: value(row, jobTitle),
      // Outlook has no primary email: the first column that holds one is the email.
      emails: emails.map((i) => ({ value: row[i] ?? '', column: columns[i] ?? '', primary: false })),
      phones: phones.map(({ index, kind }) => ({ value: row[index] ?? '', column: columns[index] ?? '', kind })),
    }),
  };
}
