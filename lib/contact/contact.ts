/**
 * The types shared by the extension, the server and the CLI: a contact, the phone it carries, the import report.
 * Defined once here (see STYLE.md); every side imports them. A contact and its phones are derived from their JSON
 * schemas in lib/api/contact-schema.ts (type-only imports: no TypeBox at run time).
 */
import type { Static } from 'typebox';
import type { CsvField } from '../csv/csv-columns';
import type { ImportFormat, ImportMapping } from '../import/import-format';
import type { ContactFieldsSchema, ContactSchema, DuplicatePolicySchema, PhoneSchema, PhoneTypeSchema } from '../api/contact-schema';

/** The work phone comes from the `work-phone` column; optional phones are typed "other" (users' guide). */
export type PhoneType = Static<typeof PhoneTypeSchema>;

/** A phone: `number` is E.164, e.g. `+491222333444555`, normalised once, at write time. */
export type Phone = Static<typeof PhoneSchema>;

/** A validated, normalised contact as the core rules produce it (no storage identity yet). `email` is lower-cased. */
export type ContactFields = Static<typeof ContactFieldsSchema>;

/** A contact as stored by the directory server and mirrored in the extension; `updatedAt` is ISO 8601. */
export type Contact = Static<typeof ContactSchema>;


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

export type DuplicatePolicy = Static<typeof DuplicatePolicySchema>;

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
  /** What the file was read as (issue 13); absent for a JSON list. */
  format?: ImportFormat;
  /** How a Google, Outlook or vCard file's columns were mapped to ours; absent for our own CSV. */
  mapping?: ImportMapping;
}
