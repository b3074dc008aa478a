/** The contacts endpoints: change feed, read one, create, update and delete (the last three admin only). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Contact, DuplicatePolicy } from '../../lib/contact/contact';
import { answerOnce, type Answer } from '../directory/answer-once';
import { createContact, deleteContact, updateContact, type WriteContext } from '../directory/contact-writes';
import { caller } from '../auth/auth-hook';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { HttpError } from '../http/http-error';
import * as schemas from '../http/schemas';
import type { Tx } from '../store/store';

export const MAX_PAGE = 5000;
/** Change-feed answers longer than this many characters are sent as a Buffer (see the route). */
const SEND_AS_BYTES = 4096;

/** Runs a write once (Idempotency-Key) in one transaction and sends its answer. */
export async function write(request: FastifyRequest, reply: FastifyReply, run: (context: WriteContext) => Promise<Answer>) {
  const { store, settings } = request.server;
  const now = settings.now();
  const key = request.headers['idempotency-key'];
  const answer = await answerOnce(
    {
      store,
      token: caller(request).name,
      key: typeof key === 'string' ? key : undefined,
      request: { method: request.method, url: request.url, body: request.body },
      now,
    },
    (tx: Tx) => run({ tx, token: caller(request).name, now, defaultCountry: settings.defaultCountry }),
  );
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  const version = (answer.body as Partial<Contact>).version;
  if (typeof version === 'number') reply.header('etag', `"${version}"`);
  return reply.code(answer.status).send(answer.body);
}

/** The version in `If-Match: 3`, `"3"` or `W/"3"`; 428 when missing, 400 when not a version. */
export function ifMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new HttpError(428, 'if-match-required', 'Send "If-Match: <version>" with the version you last read, so no edit is lost.');
  }
  const match = /^(?:W\/)?"?(\d{1,15})"?$/u.exec(header.trim());
  if (!match) throw new HttpError(400, 'invalid-if-match', `If-Match "${header}" is not a contact version: send e.g. If-Match: 3.`);
  return Number(match[1]);
}

type IdParams = { Params: { id: string } };

export function contactRoutes(api: FastifyInstance) {
  api.get<{ Querystring: { since?: string; limit: number } }>(
    '/contacts/changes',
    {
      schema: {
        summary: 'Contacts changed after the cursor, oldest change first, tombstones included',
        description: 'Keep passing the returned cursor: each change is seen once, in order, even while others write.',
        querystring: {
          type: 'object',
          properties: {
            since: { type: 'string', description: "The cursor of the previous page; '' or absent starts over." },
            limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 500, 'x-finite': true },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { contacts: { type: 'array', items: schemas.contact }, cursor: { type: 'string' }, more: { type: 'boolean' } },
          },
        },
      },
    },
    async (request, reply) => {
      const afterSeq = decodeCursor(request.query.since);
      // The contacts' JSON is stored as the API answers it: the page is assembled as text, not re-serialised.
      const page = await api.store.changesJson(afterSeq, request.query.limit);
      const cursor = encodeCursor(page.lastSeq);
      const body = `{"contacts":${page.json},"cursor":${JSON.stringify(cursor)},"more":${page.more}}`;
      // A page of contacts (tens of KB) goes out as bytes, encoded once: as a string, Fastify would scan it for its
      // byte length and Node would join it to the headers and encode it again. A short answer stays a string: one
      // write with its headers beats two.
      return reply.type('application/json; charset=utf-8').send(body.length > SEND_AS_BYTES ? Buffer.from(body) : body);
    },
  );

  api.get<IdParams>(
    '/contacts/:id',
    { schema: { summary: 'One contact (a tombstone if deleted)', params: schemas.idParams, response: { 200: schemas.contact } } },
    async (request, reply) => {
      const contact = await api.store.getContact(request.params.id);
      if (!contact) throw new HttpError(404, 'not-found', `There is no contact "${request.params.id}".`);
      return reply.header('etag', `"${contact.version}"`).send(contact);
    },
  );

  api.post<{ Querystring: { onDuplicate: DuplicatePolicy } }>(
    '/contacts',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Create a contact (admin); a duplicate is 409 unless onDuplicate=update',
        querystring: { type: 'object', properties: { onDuplicate: { type: 'string', enum: ['skip', 'update'], default: 'skip' } } },
        headers: schemas.writeHeaders,
        body: schemas.contactInput,
        response: { 200: schemas.contact, 201: schemas.contact },
      },
    },
    (request, reply) => write(request, reply, (context) => createContact(context, request.body, request.query.onDuplicate)),
  );

  api.put<IdParams>(
    '/contacts/:id',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Replace a contact (admin), If-Match required; a stale version is 409 with the current contact',
        params: schemas.idParams,
        headers: schemas.versionedHeaders,
        body: schemas.contactInput,
        response: { 200: schemas.contact },
      },
    },
    (request, reply) =>
      write(request, reply, (context) => updateContact(context, request.params.id, ifMatch(request), request.body)),
  );

  api.delete<IdParams>(
    '/contacts/:id',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Delete a contact (admin), If-Match required; answers the tombstone',
        params: schemas.idParams,
        headers: schemas.versionedHeaders,
        response: { 200: schemas.contact },
      },
    },
    (request, reply) => write(request, reply, (context) => deleteContact(context, request.params.id, ifMatch(request))),
  );
}
