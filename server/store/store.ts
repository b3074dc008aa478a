/**
 * The directory server's storage seam (issue 3): routes and directory logic speak only this interface. Two
 * implementations, picked by open-store.ts from `--db`: store/sqlite/ (a file) and store/postgres/ (a URL, issue 10).
 *
 * Organisations (issue 10): every contact, token, import, idempotency key and audit entry belongs to one. The global
 * `Store` only finds a token by its hash (before the caller's organisation is known) and manages organisations;
 * everything else goes through `store.forOrg(id)`, an `OrgStore` that can only see and write that organisation's
 * rows. Routes get theirs from the caller's token (`request.directory`), so no route can name another organisation.
 *
 * Methods are async so a networked database would fit. The one synchronous piece is `Tx.lookup()`: the core's
 * duplicate rules (lib/contact/directory-lookup.ts) ask it synchronously, line by line. SQLite answers from its
 * indexes inside the transaction; PostgreSQL keeps the (email, phone) → contact index of each organisation in memory
 * and brings it up to date inside each write transaction, under that organisation's writer lock
 * (store/postgres/lookup-index.ts).
 */
import type { AuditAction, AuditChange, AuditEntry, Role } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import type { DirectoryLookup } from '../../lib/contact/directory-lookup';

/** The organisation the migrations create and every existing row joins: a single-company install only has this one. */
export const DEFAULT_ORGANISATION_ID = 'default';

export interface Organisation {
  id: string;
  name: string;
  createdAt: string;
}

export interface TokenRecord {
  /** Opaque (32 hex digits), for `DELETE /api/v1/tokens/:id` (issue 11). */
  id: string;
  /** Unique among the organisation's tokens, revoked ones included: its audit names tokens by it. */
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
  /** ISO 8601; from then on the token is refused as a revoked one is. Null: never expires. */
  expiresAt: string | null;
  /** ISO 8601, to the minute at best: written at most once a minute per token (server/auth/last-used.ts). */
  lastUsedAt: string | null;
  /** The member token a device token belongs to (issue 11); null for tokens an admin or the CLI created. */
  ownerId: string | null;
}

/** An active token as authentication finds it: with the organisation it belongs to. */
export interface CallerToken extends TokenRecord {
  organisation: Pick<Organisation, 'id' | 'name'>;
}

/**
 * Which audit entries to read (issue 11), always of one organisation: oldest first after `afterId` (and after the
 * time `since`), or newest first before `beforeId`; filtered by the writer's token name, by contact ids (an entry
 * about any of them), by import id and by action.
 */
export interface AuditSelection {
  /** asc when absent. */
  order?: 'asc' | 'desc';
  /** asc: entries with a greater id. */
  afterId?: number;
  /** asc: entries written after this ISO 8601 time. */
  since?: string;
  /** desc: entries with a smaller id; absent: from the newest. */
  beforeId?: number;
  token?: string;
  contactIds?: readonly string[];
  importId?: string;
  action?: AuditAction;
  limit: number;
  /** Also count every entry that passes the filters (whatever the page). */
  count?: boolean;
}

interface AuditPage {
  entries: AuditEntry[];
  /** The last entry's id, or the cursor given (0 for none) when the page is empty. */
  lastId: number;
  more: boolean;
  total?: number;
}

export interface NewAuditEntry {
  at: string;
  token: string;
  action: AuditAction;
  contactIds: string[];
  importId?: string;
  targetToken?: string;
  change?: AuditChange;
}

/** What an import changed, so undo can revert it: `before` is null for a contact the import created. */
export interface ImportItem {
  contactId: string;
  before: Contact | null;
  /** The version the import wrote: a contact whose version differs has changed since. */
  afterVersion: number;
}

interface ImportRecord {
  id: string;
  token: string;
  file: string;
  createdAt: string;
  undoneAt: string | null;
}

/** A stored answer to a write sent with an `Idempotency-Key`. */
interface IdempotentAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The reads of one organisation. */
export interface StoreReads {
  getContact(id: string): Promise<Contact | undefined>;
  /** The contacts (tombstones included) with these ids, in one query, in no particular order; unknown ids are left out. */
  getContacts(ids: readonly string[]): Promise<Contact[]>;
  /** The seq of the latest change in the feed (0 for an empty directory): the CardDAV CTag and sync-token (issue 12). */
  lastSeq(): Promise<number>;
  /**
   * Contacts (tombstones included) whose last change is after `afterSeq`, oldest change first, as one JSON array
   * text (stored JSON, not re-serialised: the feed's hot path); `lastSeq` is the last one's, or `afterSeq` if none.
   * Sequence numbers count per organisation.
   */
  changesJson(afterSeq: number, limit: number): Promise<{ json: string; lastSeq: number; more: boolean }>;
  audit(selection: AuditSelection): Promise<AuditPage>;
  listTokens(): Promise<TokenRecord[]>;
  /** Is an admin token neither revoked nor expired at `now` (ISO 8601; without it, expiry is not looked at)? */
  hasActiveAdmin(now?: string): Promise<boolean>;
  getImport(id: string): Promise<ImportRecord | undefined>;
  getIdempotent(token: string, key: string): Promise<IdempotentAnswer | undefined>;
}

/** A write transaction of one organisation. */
export interface Tx extends StoreReads {
  /** Duplicate lookups against the organisation's live (not deleted) contacts, as the core rules want them. */
  lookup(): DirectoryLookup;
  /**
   * Writes the contact's new state (insert or replace) and stamps it with the organisation's next change sequence
   * number. Returns the contact as stored.
   */
  putContact(contact: Omit<Contact, 'deleted'> & { deleted?: boolean }): Promise<Contact>;
  /**
   * `targetToken`: the name of the token a token.create / token.revoke entry is about; `change`: what a single-contact
   * write changed (issue 11).
   */
  addAudit(entry: NewAuditEntry): Promise<void>;
  createImport(record: Omit<ImportRecord, 'undoneAt'>, items: ImportItem[]): Promise<void>;
  importItems(importId: string): Promise<ImportItem[]>;
  markImportUndone(importId: string, at: string): Promise<void>;
  putIdempotent(token: string, key: string, answer: IdempotentAnswer, at: string): Promise<void>;
  createToken(record: { id: string; name: string; role: Role; hash: string; createdAt: string; expiresAt?: string | null; ownerId?: string | null }): Promise<void>;
  /** Revokes the active token named `name` (the CLI); false when there is none. */
  revokeToken(name: string, at: string): Promise<boolean>;
  /** Revokes the active token with this id (the API, issue 11); false when there is none. */
  revokeTokenById(id: string, at: string): Promise<boolean>;
}

/** One organisation's directory: its reads, and its write transactions. */
export interface OrgStore extends StoreReads {
  readonly orgId: string;
  /**
   * Runs `fn` in one write transaction of this organisation: all its writes commit together or none do. Transactions
   * of one organisation never overlap.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Records that this organisation's token was used at `at` (issue 11). Outside any transaction and without the writer
   * lock: it touches one token row and nothing reads it to decide a write. The caller throttles it
   * (server/auth/last-used.ts).
   */
  touchToken(id: string, at: string): Promise<void>;
  /**
   * A number that moves whenever this organisation's contacts may have changed, and that reflects every commit
   * finished before the call (of this process or any other). While it stays the same, the change feed answers the
   * same: the feed's page cache keys on it (server/directory/feed-page-cache.ts). SQLite: the reader's
   * `PRAGMA data_version` (any commit moves it). PostgreSQL: the organisation's counter. Read once for all the requests
   * waiting at that moment (change-stamps.ts).
   */
  changeStamp(): Promise<number>;
}

/** An organisation in `org list`: with how many live contacts and active tokens it holds. */
export interface OrganisationSummary extends Organisation {
  contacts: number;
  tokens: number;
}

export interface Store {
  /** The not revoked token with this SHA-256 hash, expired or not (the auth hook tells the caller it expired), and its organisation. */
  findToken(hash: string): Promise<CallerToken | undefined>;
  /** Creates an organisation with its empty directory; false (nothing written) when its name is taken. */
  createOrganisation(record: Organisation): Promise<boolean>;
  listOrganisations(): Promise<OrganisationSummary[]>;
  findOrganisation(name: string): Promise<Organisation | undefined>;
  /** The directory of organisation `orgId` (which must exist: ids come from `findToken` or `findOrganisation`). */
  forOrg(orgId: string): OrgStore;
  /** What the server should tell its admin once at start (e.g. PostgreSQL's second wall is off for this role). */
  readonly warnings: readonly string[];
  close(): Promise<void>;
}
