/**
 * A CSV exported by an address book (Google Contacts, Outlook), once its header is recognised: how to read one
 * record into a {@link SourceContact}. The recognisers live beside their format (lib/import/google/,
 * lib/import/outlook/); lib/import/check-address-book-csv.ts runs the records.
 */
import type { ImportVariant } from './import-format';
import type { SourceContact } from './source-contact';

export interface AddressBookCsv {
  format: 'google-csv' | 'outlook-csv';
  variant: ImportVariant;
  /** The header's column names, trimmed, in file order (the names the preview shows). */
  columns: readonly string[];
  /** Columns that label another one (Google's `Phone 1 - Label`): read, but not data to list as unused. */
  labels: ReadonlySet<number>;
  /** One record's cells, in header order, as a contact starting on `line`. */
  read(line: number, cells: readonly string[]): SourceContact;
}
