/**
 * The server's address as a client outside should use it, for the connection code of a new token (issue 11):
 * `--public-url` / `CONTACTS_PUBLIC_URL` when set (behind a reverse proxy the server cannot know it), else the
 * address the request was sent to (its scheme and `Host` header), which is what the admin's own browser reached.
 */
import type { FastifyRequest } from 'fastify';
import { parseServerUrl } from '../../lib/settings/settings';
import { HttpError } from './http-error';

export function publicOrigin(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl;
  const origin = parseServerUrl(`${request.protocol}://${request.host}`).origin;
  if (origin === null || origin === '') {
    throw new HttpError(
      400,
      'public-url-unknown',
      `The Host header "${request.host}" is not a server address, so no connection code can be built: start the server with --public-url https://contacts.example.com (or CONTACTS_PUBLIC_URL).`,
    );
  }
  return origin;
}
