/**
 * One person as an address book exports it (a Google or Outlook CSV row, a vCard), before the one mapping of
 * issue 13 (lib/import/map-source-contact.ts) picks our six fields. Every value keeps the column (or vCard property)
 * it came from, so the preview can say how columns were mapped and a dropped value's warning can name its column.
 */

/** A value and the source column or property it came from. */
export interface SourceValue {
  value: string;
  column: string;
}

/** How a phone is labelled: the mapping takes `work` first for the work phone and `mobile` first for the others. */
export type PhoneKind = 'work' | 'mobile' | 'other' | 'fax';

export interface SourcePhone extends SourceValue {
  kind: PhoneKind;
}

export interface SourceEmail extends SourceValue {
  /** Marked as the primary address (Google `* `, vCard `PREF`). */
  primary: boolean;
}

export interface SourceContact {
  /** Line of the file where the row or card starts (the header is line 1). */
  line: number;
  /** First, middle and last name, in that order (vCard: given, additional, family). */
  nameParts: SourceValue[];
  /** The full-name field (Google's older `Name`, vCard `FN`). */
  fullName?: SourceValue;
  organisation?: SourceValue;
  jobTitle?: SourceValue;
  emails: SourceEmail[];
  /** In the order the source lists them. */
  phones: SourcePhone[];
  /**
   * Our own vCard export (lib/export/export-contacts-vcard.ts) labels the work phone; its other phones are
   * optional phones and must stay so, not become the work phone (a contact may have an email and optional phones only).
   */
  unlabelledAreOptional?: boolean;
}
