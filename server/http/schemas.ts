/**
 * JSON schemas of the API v1: Fastify validates requests and serialises answers with them, and the OpenAPI document
 * at /api/v1/openapi.json is generated from them, so the documentation cannot drift from the behaviour.
 */

const phone = {
  type: 'object',
  required: ['type', 'number', 'display'],
  properties: {
    type: { type: 'string', enum: ['work', 'other'] },
    number: { type: 'string', description: 'E.164' },
    display: { type: 'string', description: 'International format for reading, e.g. +33 6 12 34 56 78, computed by the server from number.' },
  },
} as const;

export const contact = {
  type: 'object',
  required: ['id', 'version', 'updatedAt', 'deleted', 'name', 'phones'],
  properties: {
    id: { type: 'string' },
    version: { type: 'integer', minimum: 1 },
    updatedAt: { type: 'string', format: 'date-time' },
    deleted: { type: 'boolean', description: 'A tombstone: the contact was deleted; its fields are emptied.' },
    name: { type: 'string' },
    position: { type: 'string' },
    email: { type: 'string' },
    phones: { type: 'array', items: phone },
  },
} as const;

/** Checked by the core rules (422 with `rejected`), not by the schema, so the user gets the same messages as the CLI. */
export const contactInput = {
  type: 'object',
  description:
    'name, position, email, phones: [{ type: "work" | "other", number }] (national numbers need the server default country; a phone\'s display, if sent, is ignored).',
  examples: [
    { name: 'Maria Beck', position: 'Achats', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+1 555 123 4567' }] },
  ],
} as const;

export const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        rejected: { type: 'array', items: { type: 'object', additionalProperties: true } },
        contact,
      },
      additionalProperties: true,
    },
  },
} as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export const writeHeaders = {
  type: 'object',
  properties: {
    'idempotency-key': {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description: 'A retried write with the same key is applied once and answers the first answer (kept 24 h).',
    },
  },
} as const;

export const versionedHeaders = {
  type: 'object',
  properties: {
    ...writeHeaders.properties,
    'if-match': { type: 'string', description: 'The version the client last saw, e.g. 3 or "3". Required.' },
  },
} as const;

/** Any JSON object (import reports, undo answers): serialised as is. */
export const anyObject = { type: 'object', additionalProperties: true } as const;
