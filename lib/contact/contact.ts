/**
 * The types shared by the extension, the server and the CLI: a contact, the phone it carries, the import report.
 * Defined once here (see STYLE.md); every side imports them. The CSV columns (`CsvField`) are lib/csv/csv-columns.ts's.
 */
import type { CsvField } from '../csv/csv-columns';

/** The work phone comes from the `work-phone` column; optional phones are typed "other" (users' guide). */
export type PhoneType = 'work' | 'other';

export interface Phone {
  type: PhoneType;
  /** E.164, e.g. `+491222333444555`: normalised once, at write time. */
  number: string;
  /**
   * The international format for reading, e.g. `+49 1222 333444555`, computed from `number` where the contact is
   * written (server, local mode; never taken from a client), so readers need no phone metadata (issue 9).
   */
  display: string;
}

/** A validated, normalised contact as the core rules produce it (no storage identity yet). */
export interface ContactFields {
  name: string;
  position?: string;
  /** Lower-cased. */
  email?: string;
  phones: Phone[];
}

/** A contact as stored by the directory server and mirrored in the extension. */
export interface Contact extends ContactFields {
  id: string;
  version: number;
  /** ISO 8601. */
  updatedAt: string;
  deleted: boolean;
}


/** Message parameters: a message is built from a stable `code` plus these, in EN or FR. */
export type MessageParams = Record<string, string | number>;

/** A line-level problem: the line is rejected (in `rejected`) or loaded with a remark (in `warnings`). */
export interface LineProblem {
  /** 1-based line where the record starts; the header is line 1. */
  line: number;
  field?: CsvField;
  code: string;
  params?: MessageParams;
  /** English text; the UI rebuilds it from `code` + `params` in the reader's language. */
  message: string;
}

/** A file-level refusal: nothing is imported. */
export interface FileError {
  code: string;
  params?: MessageParams;
  message: string;
}

export interface ReportContact extends ContactFields {
  line: number;
}

/** A line that duplicates an earlier line of the file (`of.line`) or a contact already in the directory (`of.id`). */
export interface ReportDuplicate {
  line: number;
  of: { line: number } | { id: string };
  code: string;
  params?: MessageParams;
  message: string;
}

/** A line that, under the `update` policy, replaces an existing contact of the directory. */
export interface ReportUpdate extends ReportContact {
  id: string;
}

export type DuplicatePolicy = 'skip' | 'update';

/**
 * The result of checking a file: the CLI prints it with `--json`, the server answers it, the options page shows it.
 * Every record after the header is accounted for exactly once:
 * contacts + updates + rejected + duplicates + blank = records after the header.
 */
export interface ImportReport {
  file: string;
  ok: boolean;
  error: FileError | null;
  /** New contacts to create. */
  contacts: ReportContact[];
  /** Existing contacts to overwrite (policy `update` only). */
  updates: ReportUpdate[];
  rejected: LineProblem[];
  duplicates: ReportDuplicate[];
  warnings: LineProblem[];
  /** Blank lines after the header (they count as nothing). */
  blank: number;
}
