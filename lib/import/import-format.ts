/**
 * What the import recognised in a file and how it read it (issue 13, "Import what people export"): the format, its
 * variant, and which source columns (CSV) or properties (vCard) went into which of our fields. The report carries it
 * so the preview, the CLI and the server say the same thing. Types only: this file imports nothing.
 */

/** The file formats the import reads. */
export type ImportFormat = 'contacts-csv' | 'google-csv' | 'outlook-csv' | 'vcard';

/** Which export of a format: Google's current or older header, Outlook's language, or vCard. */
export type ImportVariant = 'google-current' | 'google-older' | 'outlook-en' | 'outlook-fr' | 'outlook-de' | 'vcard';

/**
 * Where a source column's values went: one of our fields, `name-fallback` (the name when first, middle and last
 * name are all empty), or `not-imported` (values dropped, each one reported as a warning).
 */
export type MappedField =
  | 'name'
  | 'name-fallback'
  | 'position'
  | 'email'
  | 'work-phone'
  | 'optional-phone-1'
  | 'optional-phone-2'
  | 'not-imported';

/** Source columns and the fields their values went to (several when rows differ, e.g. a phone column). */
export interface MappedColumns {
  /** Columns read together (first + middle + last name), or one column. */
  columns: string[];
  fields: MappedField[];
}

/** How a Google, Outlook or vCard file was read; only columns that hold a value somewhere are listed. */
export interface ImportMapping {
  variant: ImportVariant;
  /** vCard versions met, e.g. `['2.1', '3.0']`; empty for CSV. */
  versions: string[];
  mapped: MappedColumns[];
  /** Columns (or vCard properties) that hold values no field takes, in file order. */
  unused: string[];
}
