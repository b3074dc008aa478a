/**
 * The HTTP API v1 as JSON Schema (TypeBox): requests and answers. The server's routes validate and serialise with
 * these, @fastify/swagger builds /api/v1/openapi.json from them, and lib/api/api.ts derives the TypeScript types
 * from them (`Static<typeof …>`), so the two cannot drift (issue 9, section 2). The import report's lines are the
 * core rules' own types (lib/contact/contact.ts), carried as opaque JSON here.
 * Extension code imports this file only with `import type`: TypeBox stays out of the popup bundle.
 */
import { Type } from 'typebox';
import type { FileError, LineProblem, ReportContact, ReportDuplicate, ReportUpdate } from '../contact/contact';
import type { ImportMapping } from '../import/import-format';
import { ContactSchema, DuplicatePolicySchema, PhoneSchema } from './contact-schema';

/** Most contacts (or audit entries) in one page. */
const MAX_PAGE = 5000;

/** Any JSON value of type `T` the rules define: documented as `schema`, serialised as is. */
const opaque = <T>(schema: Record<string, unknown>) => Type.Unsafe<T>(schema);

export const RoleSchema = Type.Enum(['admin', 'member']);

export const HealthResponseSchema = Type.Object({ status: Type.Enum(['ok']), version: Type.String() });

/** The directory's import rules, so a client's preview checks a file exactly as the server will (issue 5). */
export const DirectoryRulesSchema = Type.Object({
  maxContacts: Type.Integer({ description: 'Most contact lines in one import.' }),
  defaultCountry: Type.Union([Type.String(), Type.Null()], {
    description: 'ISO 3166 alpha-2 country whose national numbers are accepted, or null (international format only).',
  }),
});

/** The directory a token belongs to (issue 10): `default` on a single-company install. */
export const OrganisationSchema = Type.Object({ id: Type.String(), name: Type.String() });

export const MeResponseSchema = Type.Object({
  name: Type.String(),
  role: RoleSchema,
  organisation: OrganisationSchema,
  rules: DirectoryRulesSchema,
});

/** A page size: `x-finite` refuses the `Infinity` Ajv would otherwise let through (server/http/finite-numbers.ts). */
const pageLimit = Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 500, 'x-finite': true });

export const ChangesQuerySchema = Type.Object({
  since: Type.Optional(Type.String({ description: "The cursor of the previous page; '' or absent starts over." })),
  limit: pageLimit,
});

export const ChangesResponseSchema = Type.Object({
  contacts: Type.Array(ContactSchema),
  cursor: Type.String({ description: 'Pass it back as since= to continue.' }),
  more: Type.Boolean(),
});

/** Body of `POST /contacts` and `PUT /contacts/:id`; the core rules check the values (422 with `rejected`). */
export const ContactInputSchema = Type.Object(
  {
    name: Type.String(),
    position: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    phones: Type.Optional(
      Type.Array(
        Type.Object({
          type: PhoneSchema.properties.type,
          number: Type.String(),
          display: Type.Optional(Type.String({ description: 'Ignored: the server computes it from number.' })),
        }),
      ),
    ),
  },
  {
    description: 'National numbers need the server default country.',
    examples: [{ name: 'Maria Beck', position: 'Achats', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+1 555 123 4567' }] }],
  },
);

export const CreateContactQuerySchema = Type.Object({
  onDuplicate: Type.Enum(DuplicatePolicySchema.enum, { default: 'skip' }),
});

export const IdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

const idempotencyKey = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'A retried write with the same key is applied once and answers the first answer (kept 24 h).',
});
export const WriteHeadersSchema = Type.Object({ 'idempotency-key': Type.Optional(idempotencyKey) });
export const VersionedHeadersSchema = Type.Object({
  'idempotency-key': Type.Optional(idempotencyKey),
  'if-match': Type.Optional(Type.String({ description: 'The version the client last saw, e.g. 3 or "3". Required (428 without).' })),
});

/** Every error answer: `{ error: { code, message } }`, plus what the error carries. */
export const ApiErrorBodySchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String(),
        message: Type.String(),
        rejected: Type.Optional(opaque<LineProblem[]>({ type: 'array', description: '422: the problems found by the core rules.' })),
        contact: Type.Optional(ContactSchema),
      },
      { additionalProperties: true },
    ),
  },
  { description: 'Any error: 400 invalid, 401 no/unknown token, 403 member writing, 404, 409 conflict, 413 too large, 422 rejected, 429 rate limited.' },
);

export const ImportQuerySchema = Type.Object({
  onDuplicate: Type.Enum(DuplicatePolicySchema.enum, { default: 'skip' }),
  dryRun: Type.Boolean({ default: false }),
  file: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'CSV file name (or the header X-File-Name, percent-encoded).' })),
});

export const ImportHeadersSchema = Type.Object({
  'idempotency-key': Type.Optional(idempotencyKey),
  'x-file-name': Type.Optional(Type.String({ description: 'The CSV file name, percent-encoded (encodeURIComponent), instead of ?file=.' })),
});

export const ImportBodySchema = Type.Unknown({ description: 'A CSV file (text/csv: UTF-8, UTF-16 or Windows-1252; ours, Google Contacts or Outlook), a vCard file (text/vcard) or a JSON list of contacts.' });

export const ImportCountsSchema = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  duplicates: Type.Integer(),
  rejected: Type.Integer(),
  blank: Type.Integer(),
});

/** `POST /imports`: the CLI report (lib/contact/contact.ts `ImportReport`) plus the batch. */
export const ImportResponseSchema = Type.Object({
  file: Type.String(),
  ok: Type.Boolean(),
  error: opaque<FileError | null>({ type: ['object', 'null'], additionalProperties: true }),
  contacts: opaque<ReportContact[]>({ type: 'array' }),
  updates: opaque<ReportUpdate[]>({ type: 'array' }),
  rejected: opaque<LineProblem[]>({ type: 'array' }),
  duplicates: opaque<ReportDuplicate[]>({ type: 'array' }),
  warnings: opaque<LineProblem[]>({ type: 'array' }),
  blank: Type.Integer(),
  format: Type.Optional(
    Type.Enum(['contacts-csv', 'google-csv', 'outlook-csv', 'vcard'], { description: 'What the file was read as (issue 13); absent for a JSON list.' }),
  ),
  mapping: Type.Optional(
    opaque<ImportMapping>({ type: 'object', additionalProperties: true, description: 'How a Google, Outlook or vCard file was mapped (lib/import/import-format.ts).' }),
  ),
  importId: Type.Union([Type.String(), Type.Null()], { description: 'Null for a dry run or a refused file.' }),
  dryRun: Type.Boolean(),
  onDuplicate: DuplicatePolicySchema,
  counts: ImportCountsSchema,
});

export const UndoResponseSchema = Type.Object({
  importId: Type.String(),
  undone: Type.Array(ContactSchema, {
    description: 'Contacts restored to their state before the import, or removed (tombstoned) when the import created them.',
  }),
  skipped: Type.Array(
    Type.Object({ id: Type.String(), reason: Type.Enum(['changed-since', 'deleted-since']) }),
    { description: 'Contacts changed since the import: left as they are.' },
  ),
});

export const AuditActionSchema = Type.Enum(['contact.create', 'contact.update', 'contact.delete', 'import', 'import.undo', 'token.create', 'token.revoke']);

export const AuditQuerySchema = Type.Object({
  order: Type.Enum(['asc', 'desc'], {
    default: 'asc',
    description: 'asc: oldest first, paged with since= (the sync API); desc: newest first, paged with before= (the console).',
  }),
  since: Type.Optional(Type.String({ description: 'order=asc: the cursor of the previous page, or an ISO date-time; absent starts from the first entry.' })),
  before: Type.Optional(Type.String({ description: 'order=desc: the cursor of the previous page; absent starts from the newest entry.' })),
  token: Type.Optional(Type.String({ description: 'Only the entries written by the token with this name (issue 11).' })),
  contact: Type.Optional(Type.String({ description: 'Only the entries about this contact id, or any of up to 100 ids separated by commas.' })),
  import: Type.Optional(Type.String({ description: 'Only the entries of this import id: the import and its undo.' })),
  action: Type.Optional(AuditActionSchema),
  limit: pageLimit,
});

/**
 * A contact's fields as an audit entry records them (issue 11): every field for a created or deleted contact, only
 * those that changed for an edit. An absent position or email is null.
 */
export const AuditFieldsSchema = Type.Object({
  name: Type.Optional(Type.String()),
  position: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  email: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  phones: Type.Optional(Type.Array(PhoneSchema)),
});

export const AuditChangeSchema = Type.Object(
  { before: Type.Optional(AuditFieldsSchema), after: Type.Optional(AuditFieldsSchema) },
  {
    description:
      'contact.create: after; contact.update: before and after, the changed fields only; contact.delete: before. Absent on ' +
      'entries written before the server recorded changes, and on other actions.',
  },
);

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  at: Type.String({ description: 'ISO 8601.' }),
  token: Type.String({ description: 'The name of the token that wrote.' }),
  action: AuditActionSchema,
  contactIds: Type.Array(Type.String()),
  importId: Type.Union([Type.String(), Type.Null()]),
  targetToken: Type.Optional(Type.String({ description: 'token.create / token.revoke: the name of the token created or revoked.' })),
  change: Type.Optional(AuditChangeSchema),
  batch: Type.Optional(
    Type.Object(
      {
        file: Type.String(),
        at: Type.String({ description: 'ISO 8601: when the import ran.' }),
        undoneAt: Type.Union([Type.String(), Type.Null()], { description: 'ISO 8601; null while the import can still be undone.' }),
      },
      { description: 'import / import.undo: the import the entry is about.' },
    ),
  ),
});

export const AuditResponseSchema = Type.Object({
  entries: Type.Array(AuditEntrySchema),
  cursor: Type.String({ description: 'Pass it back as since= (order=asc) or before= (order=desc) to continue.' }),
  more: Type.Boolean(),
  total: Type.Optional(Type.Integer({ description: 'order=desc: how many entries pass the filters, on every page.' })),
});


const isoTime = (description: string) => Type.String({ description: `ISO 8601. ${description}`.trim() });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

/** Body of `POST /api/v1/tokens` (issue 11). */
export const TokenCreateBodySchema = Type.Object(
  {
    name: Type.String({ description: 'Unique among all tokens, revoked ones included: 1 to 64 letters, digits, ".", "_", "-" or "@".' }),
    role: RoleSchema,
    expiresAt: Type.Optional(Type.String({ description: 'ISO 8601 date-time in the future; absent: the token never expires.' })),
    device: Type.Optional(
      Type.Boolean({
        description:
          "true: a device token of the caller's own (role member, for a phone or a mail client), listed as owned by the caller's token and revoked with it. A member's tokens are always its device tokens.",
      }),
    ),
  },
  { examples: [{ name: 'maria-phone', role: 'member', expiresAt: '2027-01-31T00:00:00Z' }] },
);

/** A token as `GET /api/v1/tokens` lists it: never its secret (only its hash is stored). */
export const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  createdAt: isoTime(''),
  expiresAt: nullable(isoTime(''), 'When the token stops working; null: never.'),
  expired: Type.Boolean({ description: "expiresAt has passed, by the server's clock: the token is refused (401)." }),
  lastUsedAt: nullable(isoTime(''), 'Last authenticated request, to the minute (written at most once a minute); null: never used.'),
  owner: nullable(
    Type.Object({ id: Type.String(), name: Type.String() }),
    'A device token: the member token it belongs to (its owner may list and revoke it). Null for tokens an admin or the CLI created.',
  ),
});

export const TokenListResponseSchema = Type.Object({
  tokens: Type.Array(TokenSchema, {
    description: 'Tokens not revoked, oldest first: all of them for an admin, its own device tokens for a member.',
  }),
});

/** `POST /api/v1/tokens`: the token, its secret (shown this once) and the connection code holding both. */
export const TokenCreatedSchema = Type.Object({
  ...TokenSchema.properties,
  secret: Type.String({ description: 'The bearer token. Shown only in this answer: the server keeps its SHA-256 hash.' }),
  connectionCode: Type.String({
    description: "cc1: + base64url of {server, token} (lib/connection-code): the server address is --public-url, else the address this request was sent to.",
  }),
});
