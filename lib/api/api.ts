/**
 * The directory server's HTTP API v1, as both sides see it: each type is derived from its JSON schema in
 * lib/api/api-schemas.ts (type-only imports: no TypeBox at run time), so the types and what the server validates
 * and answers cannot drift. Every error body is `ApiErrorBody`; a contact is `Contact` (lib/contact/contact.ts).
 */
import type { Static } from 'typebox';
import type {
  ApiErrorBodySchema,
  AuditActionSchema,
  AuditChangeSchema,
  AuditFieldsSchema,
  AuditQuerySchema,
  AuditEntrySchema,
  AuditResponseSchema,
  ChangesResponseSchema,
  ContactInputSchema,
  DirectoryRulesSchema,
  HealthResponseSchema,
  ImportCountsSchema,
  ImportResponseSchema,
  MeResponseSchema,
  RoleSchema,
  TokenCreateBodySchema,
  TokenCreatedSchema,
  TokenListResponseSchema,
  TokenSchema,
  UndoResponseSchema,
} from './api-schemas';

export type Role = Static<typeof RoleSchema>;

/** `GET /api/v1/me`: the token's name and role, and the directory's import rules. */
export type MeResponse = Static<typeof MeResponseSchema>;

/** The directory's import rules, so a client's preview checks a file exactly as the server will (issue 5). */
export type DirectoryRules = Static<typeof DirectoryRulesSchema>;

export type HealthResponse = Static<typeof HealthResponseSchema>;

/** `GET /api/v1/contacts/changes?since=CURSOR&limit=N`. Pass the returned cursor back to continue; `''` starts over. */
export type ChangesResponse = Static<typeof ChangesResponseSchema>;

/** Body of `POST /api/v1/contacts` and `PUT /api/v1/contacts/:id`. */
export type ContactInput = Static<typeof ContactInputSchema>;

/** Every error answer; 422 carries `rejected` (the core rules' problems), 409 the current `contact`. */
export type ApiErrorBody = Static<typeof ApiErrorBodySchema>;

export type ImportCounts = Static<typeof ImportCountsSchema>;

/** `POST /api/v1/imports?onDuplicate=skip|update&dryRun=true|false`: the CLI report plus the batch. */
export type ImportResponse = Static<typeof ImportResponseSchema>;

/** `POST /api/v1/imports/:id/undo`: what was reverted, and what was left alone because it changed since. */
export type UndoResponse = Static<typeof UndoResponseSchema>;

export type AuditAction = Static<typeof AuditActionSchema>;

/** A contact's fields as an audit entry records them: all of them on create and delete, the changed ones on edit. */
export type AuditFields = Static<typeof AuditFieldsSchema>;

/** What a single-contact write changed (issue 11): before → after. */
export type AuditChange = Static<typeof AuditChangeSchema>;

/** One write, as `GET /api/v1/audit` lists it. */
export type AuditEntry = Static<typeof AuditEntrySchema>;

/**
 * The query of `GET /api/v1/audit`: `order=asc` (default) pages oldest first with `since=CURSOR|ISO-DATE`;
 * `order=desc` pages newest first with `before=CURSOR`; `token`, `contact`, `import` and `action` filter (issue 11).
 */
export type AuditQuery = Partial<Static<typeof AuditQuerySchema>>;

/** `GET /api/v1/audit`: pass the returned cursor back to continue; `total` with order=desc. */
export type AuditResponse = Static<typeof AuditResponseSchema>;

/** Body of `POST /api/v1/tokens` (issue 11). */
export type TokenCreateBody = Static<typeof TokenCreateBodySchema>;

/** A token as `GET /api/v1/tokens` lists it (no secret). */
export type TokenInfo = Static<typeof TokenSchema>;

/** `GET /api/v1/tokens`: an admin sees every token not revoked, a member its own device tokens. */
export type TokenListResponse = Static<typeof TokenListResponseSchema>;

/** `POST /api/v1/tokens` → 201: the token, its secret (this once) and the connection code. */
export type TokenCreated = Static<typeof TokenCreatedSchema>;
