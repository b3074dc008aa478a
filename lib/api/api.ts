/**
 * The directory server's HTTP API v1, as both sides see it: defined once here (see STYLE.md).
 * Every error body is `ApiErrorBody`; a contact is `Contact` (lib/contact.ts).
 */
import type { Contact, ContactFields, DuplicatePolicy, ImportReport, LineProblem } from '../contact/contact';

export type Role = 'admin' | 'member';

export interface MeResponse {
  name: string;
  role: Role;
  /** The directory's import rules, so a client's preview checks a file exactly as the server will (issue 5). */
  rules: DirectoryRules;
}

export interface DirectoryRules {
  /** Most contact lines in one import. */
  maxContacts: number;
  /** ISO 3166 alpha-2 country whose national numbers are accepted, or `null` (international format only). */
  defaultCountry: string | null;
}

export interface HealthResponse {
  status: 'ok';
  version: string;
}

/** `GET /api/v1/contacts/changes?since=CURSOR&limit=N`. Pass the returned cursor back to continue; `''` starts over. */
export interface ChangesResponse {
  contacts: Contact[];
  cursor: string;
  more: boolean;
}

/** Body of `POST /api/v1/contacts` and `PUT /api/v1/contacts/:id`. */
export type ContactInput = Omit<ContactFields, 'phones'> & { phones?: ContactFields['phones'] };

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    /** 422: the problems found by the core rules. */
    rejected?: LineProblem[];
    /** 409: the contact as the server holds it now. */
    contact?: Contact;
  };
}

export interface ImportCounts {
  created: number;
  updated: number;
  duplicates: number;
  rejected: number;
  blank: number;
}

/** `POST /api/v1/imports?onDuplicate=skip|update&dryRun=true|false`: the CLI report plus the batch. */
export interface ImportResponse extends ImportReport {
  /** Null for a dry run or a refused file. */
  importId: string | null;
  dryRun: boolean;
  onDuplicate: DuplicatePolicy;
  counts: ImportCounts;
}

/** `POST /api/v1/imports/:id/undo`: what was reverted, and what was left alone because it changed since. */
export interface UndoResponse {
  importId: string;
  /** Contacts restored to their state before the import, or removed (tombstoned) when the import created them. */
  undone: Contact[];
  /** Contacts changed since the import: left as they are. */
  skipped: { id: string; reason: 'changed-since' | 'deleted-since' }[];
}

export type AuditAction = 'contact.create' | 'contact.update' | 'contact.delete' | 'import' | 'import.undo';

/** One write, as `GET /api/v1/audit?since=CURSOR` lists it. */
export interface AuditEntry {
  id: string;
  /** ISO 8601. */
  at: string;
  /** The name of the token that wrote. */
  token: string;
  action: AuditAction;
  contactIds: string[];
  importId: string | null;
}

/** `GET /api/v1/audit?since=CURSOR|ISO-DATE&limit=N`: pass the returned cursor back to continue. */
export interface AuditResponse {
  entries: AuditEntry[];
  cursor: string;
  more: boolean;
}
