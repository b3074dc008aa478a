/** POST /imports (a CSV or vCard body, or a JSON list) and POST /imports/:id/undo, admin only. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  IdParamsSchema,
  ImportBodySchema,
  ImportHeadersSchema,
  ImportQuerySchema,
  ImportResponseSchema,
  UndoResponseSchema,
  WriteHeadersSchema,
} from '../../lib/api/api-schemas';
import { runImport, type ImportSource } from '../directory/run-import';
import { undoImport } from '../directory/undo-import';
import { HttpError } from '../http/http-error';
import { runWrite } from '../http/run-write';

/** Content types of a CSV body (ours, Google Contacts, Outlook) and of a vCard body (issue 13). */
export const CSV_TYPES = ['text/csv', 'application/csv'];
export const VCARD_TYPES = ['text/vcard', 'text/x-vcard', 'text/directory'];

/** The media type of a request, without its parameters (`text/vcard; charset=utf-8` → `text/vcard`). */
function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The file name in `X-File-Name`, percent-encoded so any name fits in a header; 400 when it is not valid encoding. */
function headerFileName(header: string): string {
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new HttpError(
      400,
      'invalid-file-name',
      `X-File-Name "${header}" is not valid percent-encoding (a "%" must start a UTF-8 byte such as %C3%A9): send encodeURIComponent(name), or the name in ?file=.`,
    );
  }
  if (name.length > 255) {
    throw new HttpError(400, 'invalid-file-name', `X-File-Name is ${name.length} characters long: send a file name of at most 255.`);
  }
  return name;
}

/**
 * What to import: the file's bytes and name (`?file=` or X-File-Name), or the JSON list. A vCard body
 * (`text/vcard`) is read as vCard whatever its name, and needs none (issue 13: `text/vcard` or a `.vcf` name).
 */
function source(request: FastifyRequest, file: string | undefined): ImportSource {
  const body = request.body;
  if (Buffer.isBuffer(body)) {
    const header = request.headers['x-file-name'];
    const vcard = VCARD_TYPES.includes(mediaType(request));
    const name = file ?? (typeof header === 'string' ? headerFileName(header) : undefined) ?? (vcard ? 'contacts.vcf' : undefined);
    if (!name) {
      throw new HttpError(400, 'file-name-required', 'A CSV import needs its file name: add ?file=contacts.csv or an X-File-Name header.');
    }
    return { kind: 'file', name, bytes: body, vcard };
  }
  if (mediaType(request) === 'application/json') return { kind: 'json', list: body };
  throw new HttpError(
    415,
    'unsupported-media-type',
    `An import is a CSV file (Content-Type: text/csv), a vCard file (text/vcard) or a JSON list (application/json), not "${request.headers['content-type'] ?? ''}".`,
  );
}

export function importRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    '/imports',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Import a CSV file (text/csv: ours, Google Contacts, Outlook), a vCard file (text/vcard) or a JSON list of contacts (admin), all accepted lines in one transaction',
        description:
          'Answers the CLI report plus importId and counts: 201 committed, 200 dry run, 422 file refused (the body is the report, its error says why).',
        consumes: [...CSV_TYPES, ...VCARD_TYPES, 'application/json'],
        querystring: ImportQuerySchema,
        headers: ImportHeadersSchema,
        body: ImportBodySchema,
        response: { 200: ImportResponseSchema, 201: ImportResponseSchema, 422: ImportResponseSchema },
      },
    },
    (request, reply) => {
      const { onDuplicate, dryRun } = request.query;
      const { maxContacts, testImportPauseMs } = api.settings;
      const input = source(request, request.query.file);
      return runWrite(request, reply, (context) =>
        runImport(context, { source: input, onDuplicate, dryRun, maxContacts, pauseMs: testImportPauseMs }),
      );
    },
  );

  api.post(
    '/imports/:id/undo',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Revert an import (admin): created contacts deleted, updated ones restored; contacts changed since are skipped',
        params: IdParamsSchema,
        headers: WriteHeadersSchema,
        response: { 200: UndoResponseSchema },
      },
    },
    (request, reply) => runWrite(request, reply, (context) => undoImport(context, request.params.id)),
  );
}
