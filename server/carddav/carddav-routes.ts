/**
 * The read-only CardDAV address book (issue 12), for iOS/macOS Contacts, Thunderbird, DAVx⁵ and other CardDAV
 * clients. Outside the API's rules on purpose: no CORS and no origin check (CardDAV clients are not web pages and
 * send bare OPTIONS), and HTTP Basic with the device token as password (`access: 'dav'`, server/auth/auth-hook.ts),
 * counted by the same failed-authentication limit as bearer tokens.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { caller } from '../auth/auth-hook';
import { directoryFor } from './directory-for';
import { resolveDavPath, ROOT, WELL_KNOWN } from './dav-paths';
import type { DavReply, DavRequest } from './dav-request';
import { getCard } from './get-card';
import { propfind } from './propfind';
import { READ_METHODS, refuseWrite, WRITE_METHODS } from './read-only';
import { report } from './report';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: @fastify/cors skips the route (it reads this flag), and so does the origin check in build-server.ts. */
    cors?: false;
  }
}

/** WebDAV methods Fastify does not route by default. */
const WEBDAV_METHODS = ['PROPFIND', 'REPORT', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'ACL'];
const PATHS = ['/dav', '/dav/*'];

function answer(reply: FastifyReply, davReply: DavReply) {
  return reply.code(davReply.status).headers(davReply.headers ?? {}).send(davReply.body);
}

function davRequest(request: FastifyRequest, app: FastifyInstance): DavRequest {
  const token = caller(request);
  return {
    directory: directoryFor(app.store, token),
    tokenName: token.name,
    path: resolveDavPath(request.url),
    depth: request.headers.depth === '0' ? 0 : 1,
    body: typeof request.body === 'string' ? request.body : '',
    userAgent: request.headers['user-agent'] ?? '',
  };
}

async function cardDavRoutes(app: FastifyInstance) {
  // Bodies are XML (or the vCard of a refused PUT), whatever type the client labels them with: read as text.
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  // RFC 6764 §5: clients start from the server's address; any method is sent on to the context path.
  app.all(WELL_KNOWN, { config: { access: 'public', cors: false }, schema: { hide: true } }, (_request, reply) =>
    reply.redirect(ROOT, 301),
  );

  // Bare OPTIONS (no credentials, no Origin) is how clients probe for CardDAV: answered to anyone, it tells nothing.
  for (const url of PATHS) {
    app.route({
      method: 'OPTIONS',
      url,
      config: { access: 'public', cors: false },
      schema: { hide: true },
      handler: (_request, reply) => reply.code(200).headers({ dav: '1, 3, addressbook', allow: READ_METHODS, 'content-length': '0' }).send(),
    });
    app.route({
      method: ['GET', 'PROPFIND', 'REPORT', ...WRITE_METHODS],
      url,
      config: { access: 'dav', cors: false },
      schema: { hide: true },
      handler: async (request, reply) => {
        const dav = davRequest(request, app);
        switch (request.method) {
          case 'PROPFIND':
            return answer(reply, await propfind(dav));
          case 'REPORT':
            return answer(reply, await report(dav));
          case 'GET':
          case 'HEAD':
            return answer(reply, await getCard(dav, request.headers.accept ?? '', request.headers['if-none-match']));
          default:
            return answer(reply, refuseWrite(request.url.split('?')[0]!));
        }
      },
    });
  }
}

/** Adds the WebDAV methods and the CardDAV routes to the app (in a scope of their own: their body parser stays there). */
export async function registerCardDav(app: FastifyInstance): Promise<void> {
  for (const method of WEBDAV_METHODS) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: true });
  }
  await app.register(cardDavRoutes);
}
