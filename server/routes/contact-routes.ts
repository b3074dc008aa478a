/** The contacts endpoints: change feed, read one, create, update and delete (the last three admin only). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  ChangesQuerySchema,
  ChangesResponseSchema,
  ContactInputSchema,
  CreateContactQuerySchema,
  IdParamsSchema,
  VersionedHeadersSchema,
  WriteHeadersSchema,
} from '../../lib/api/api-schemas';
import { ContactSchema } from '../../lib/api/contact-schema';
import { directory } from '../auth/auth-hook';
import { createContact, deleteContact, updateContact } from '../directory/contact-writes';
import { feedPageCache } from '../directory/feed-page-cache';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { HttpError } from '../http/http-error';
import { ifMatch } from '../http/if-match';
import { runWrite } from '../http/run-write';

/** Change-feed answers longer than this many characters are sent as a Buffer (see the route). */
const SEND_AS_BYTES = 4096;

export function contactRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const feedPages = feedPageCache(app.settings.feedCacheBytes);
  api.get(
    '/contacts/changes',
    {
      schema: {
        summary: 'Contacts changed after the cursor, oldest change first, tombstones included',
        description: 'Keep passing the returned cursor: each change is seen once, in order, even while others write.',
        querystring: ChangesQuerySchema,
        response: { 200: ChangesResponseSchema },
      },
    },
    async (request, reply) => {
      const afterSeq = decodeCursor(request.query.since);
      const { limit } = request.query;
      const orgDirectory = directory(request);
      // Text, not an object: Fastify sends it as is (the 200 schema documents it; nothing re-serialises it).
      const raw: FastifyReply = reply.type('application/json; charset=utf-8');
      // The stamp first, then the page: see feed-page-cache.ts for why a kept answer is never stale.
      const stamp = await orgDirectory.changeStamp();
      const kept = feedPages.get(orgDirectory.orgId, afterSeq, limit, stamp);
      if (kept !== undefined) return raw.send(kept);
      // The contacts' JSON is stored as the API answers it: the page is assembled as text, not re-serialised.
      const page = await orgDirectory.changesJson(afterSeq, limit);
      const text = `{"contacts":${page.json},"cursor":${JSON.stringify(encodeCursor(page.lastSeq))},"more":${page.more}}`;
      // A page of contacts (tens of KB) goes out as bytes, encoded once: as a string, Fastify would scan it for its
      // byte length and Node would join it to the headers and encode it again. A short answer stays a string: one
      // write with its headers beats two.
      const body = text.length > SEND_AS_BYTES ? Buffer.from(text) : text;
      feedPages.set(orgDirectory.orgId, afterSeq, limit, stamp, body);
      return raw.send(body);
    },
  );

  api.get(
    '/contacts/:id',
    { schema: { summary: 'One contact (a tombstone if deleted)', params: IdParamsSchema, response: { 200: ContactSchema } } },
    async (request, reply) => {
      const contact = await directory(request).getContact(request.params.id);
      if (!contact) throw new HttpError(404, 'not-found', `There is no contact "${request.params.id}".`);
      return reply.header('etag', `"${contact.version}"`).send(contact);
    },
  );

  api.post(
    '/contacts',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Create a contact (admin); a duplicate is 409 unless onDuplicate=update',
        querystring: CreateContactQuerySchema,
        headers: WriteHeadersSchema,
        body: ContactInputSchema,
        response: { 200: ContactSchema, 201: ContactSchema },
      },
    },
    (request, reply) => runWrite(request, reply, (context) => createContact(context, request.body, request.query.onDuplicate)),
  );

  api.put(
    '/contacts/:id',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Replace a contact (admin), If-Match required; a stale version is 409 with the current contact',
        params: IdParamsSchema,
        headers: VersionedHeadersSchema,
        body: ContactInputSchema,
        response: { 200: ContactSchema },
      },
    },
    (request, reply) =>
      runWrite(request, reply, (context) => updateContact(context, request.params.id, ifMatch(request), request.body)),
  );

  api.delete(
    '/contacts/:id',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Delete a contact (admin), If-Match required; answers the tombstone',
        params: IdParamsSchema,
        headers: VersionedHeadersSchema,
        response: { 200: ContactSchema },
      },
    },
    (request, reply) => runWrite(request, reply, (context) => deleteContact(context, request.params.id, ifMatch(request))),
  );
}
