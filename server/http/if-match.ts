/** `If-Match` on contact writes (issue 3): the version the client last read, so no edit is lost. */
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error';

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
