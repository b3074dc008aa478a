/** POST /imports (CSV body or JSON list) and POST /imports/:id/undo, admin only. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DuplicatePolicy } from '../../lib/contact/contact';
import { runImport, type ImportSource } from '../directory/run-import';
import { undoImport } from '../directory/undo-import';
import { HttpError } from '../http/http-error';
import * as schemas from '../http/schemas';
import { write } from './contact-routes';

type ImportQuery = { onDuplicate: DuplicatePolicy; dryRun: boolean; file?: string };

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

function source(request: FastifyRequest<{ Querystring: ImportQuery }>): ImportSource {
  const body = request.body;
  if (Buffer.isBuffer(body)) {
    const header = request.headers['x-file-name'];
    const name = request.query.file ?? (typeof header === 'string' ? headerFileName(header) : undefined);
    if (!name) {
      throw new HttpError(400, 'file-name-required', 'A CSV import needs its file name: add ?file=contacts.csv or an X-File-Name header.');
    }
    return { kind: 'csv', name, bytes: body };
  }
  if ((request.headers['content-type'] ?? '').startsWith('application/json')) return { kind: 'json', list: body };
  throw new HttpError(
    415,
    'unsupported-media-type',
    `An import is a CSV file (Content-Type: text/csv) or a JSON list (application/json), not "${request.headers['content-type'] ?? ''}".`,
  );
}

export function importRoutes(api: FastifyInstance) {
  api.post<{ Querystring: ImportQuery }>(
    '/imports',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Import a CSV file (text/csv) or a JSON list of contacts (admin), all accepted lines in one transaction',
        description:
          'Answers the CLI report plus importId and counts: 201 committed, 200 dry run, 422 file refused (the body is the report, its error says why).',
        consumes: ['text/csv', 'application/json'],
        querystring: {
          type: 'object',
          properties: {
            onDuplicate: { type: 'string', enum: ['skip', 'update'], default: 'skip' },
            dryRun: { type: 'boolean', default: false },
            file: { type: 'string', minLength: 1, maxLength: 255, description: 'CSV file name (or header X-File-Name)' },
          },
        },
        headers: schemas.writeHeaders,
        body: {},
        response: { 200: schemas.anyObject, 201: schemas.anyObject },
      },
    },
    (request, reply) => {
      const { onDuplicate, dryRun } = request.query;
      const { maxContacts, testImportPauseMs } = api.settings;
      const input = source(request);
      return write(request, reply, (context) =>
        runImport(context, { source: input, onDuplicate, dryRun, maxContacts, pauseMs: testImportPauseMs }),
      );
    },
  );

  api.post<{ Params: { id: string } }>(
    '/imports/:id/undo',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'Revert an import (admin): created contacts deleted, updated ones restored; contacts changed since are skipped',
        params: schemas.idParams,
        headers: schemas.writeHeaders,
        response: { 200: schemas.anyObject },
      },
    },
    (request, reply) => write(request, reply, (context) => undoImport(context, request.params.id)),
  );
}
