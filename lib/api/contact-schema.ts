/**
 * A contact and its phones as JSON Schema (TypeBox): the server validates and serialises with these, the OpenAPI
 * document shows them, and lib/contact/contact.ts derives the `Contact`, `Phone` and `ContactFields` types from them
 * (`Static<typeof …>`), so the types and the wire format cannot drift (issue 9, section 2).
 * Extension code imports this file only with `import type`: TypeBox stays out of the popup bundle.
 */
import { Type } from 'typebox';

/** The work phone comes from the `work-phone` column; optional phones are typed "other" (users' guide). */
export const PhoneTypeSchema = Type.Enum(['work', 'other']);

export const PhoneSchema = Type.Object({
  type: PhoneTypeSchema,
  number: Type.String({ description: 'E.164, e.g. +491222333444555: normalised once, at write time.' }),
  display: Type.String({
    description:
      'The international format for reading, e.g. +49 1222 333444555, computed from number where the contact is written ' +
      '(server, local mode; never taken from a client), so readers need no phone metadata (issue 9).',
  }),
});

/** A validated, normalised contact as the core rules produce it (no storage identity yet). */
export const ContactFieldsSchema = Type.Object({
  name: Type.String(),
  position: Type.Optional(Type.String()),
  email: Type.Optional(Type.String({ description: 'Lower-cased.' })),
  phones: Type.Array(PhoneSchema),
});

/** A contact as stored by the directory server and mirrored in the extension. */
export const ContactSchema = Type.Object({
  id: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  updatedAt: Type.String({ format: 'date-time', description: 'ISO 8601.' }),
  deleted: Type.Boolean({ description: 'A tombstone: the contact was deleted; its fields are emptied.' }),
  ...ContactFieldsSchema.properties,
});

/** What an import line or a new contact that matches an existing contact does: skip it, or update that contact. */
export const DuplicatePolicySchema = Type.Enum(['skip', 'update']);
