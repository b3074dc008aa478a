/**
 * Bearer-token authentication and roles (issue 3). Each route says who may call it in `config.access`:
 * `public` (health, OpenAPI), `member` (any valid token: reads), `admin` (writes) or `dav` (the CardDAV address
 * book, issue 12: any valid token, sent as the password of HTTP Basic).
 * No, unknown, revoked or expired token: 401 (with a Basic challenge on `dav` routes). A member calling an admin route: 403.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CallerToken, OrgStore, Store } from '../store/store';
import { basicPassword } from './basic-password';
import { hashToken } from './tokens';
import { HttpError } from '../http/http-error';
import type { FailedAuthLimit } from './failed-auth-limit';

type Access = 'public' | 'member' | 'admin' | 'dav';

/** RFC 7617 challenge: CardDAV clients ask for a user name and password when they get it. */
const BASIC_CHALLENGE = 'Basic realm="Company Contacts", charset="UTF-8"';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    token: CallerToken | null;
    /** The caller's organisation's directory (issue 10): the only store a route behind a token uses. */
    directory: OrgStore | null;
  }
}

/**
 * The onRequest hook: checks the bearer token against the route's `access`. Failed attempts (no or wrong token) are
 * counted per client address; an address over the limit gets 429 before its token is checked.
 */
export function authHook(store: Store, failures: FailedAuthLimit, used: (token: CallerToken, nowMs: number) => void) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config.access ?? 'member';
    if (access === 'public') return;
    const now = Date.now();
    const wait = failures.retryAfter(request.ip, now);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new HttpError(
        429,
        'too-many-failed-logins',
        `Too many requests with a missing or wrong token from this address: retry after ${wait} s, with a valid token.`,
      );
    }
    const header = request.headers.authorization ?? '';
    const dav = access === 'dav';
    const secret = dav ? basicPassword(header) : (/^Bearer\s+(\S+)\s*$/iu.exec(header)?.[1] ?? null);
    if (secret === null) {
      if (dav) {
        // No Authorization at all is how HTTP Basic starts (the client waits for the challenge, then sends the
        // token): it guesses nothing, so it is not counted. Credentials that are there but unreadable are.
        if (header !== '') failures.failed(request.ip, now);
        reply.header('www-authenticate', BASIC_CHALLENGE);
        throw new HttpError(401, 'unauthenticated', 'The address book needs a device token: any user name, the token as the password.');
      }
      failures.failed(request.ip, now);
      throw new HttpError(401, 'unauthenticated', 'This endpoint needs a token: send "Authorization: Bearer <token>".');
    }
    const token = await store.findToken(hashToken(secret));
    if (!token) {
      failures.failed(request.ip, now);
      if (dav) reply.header('www-authenticate', BASIC_CHALLENGE);
      throw new HttpError(401, 'unknown-token', 'This token is unknown or revoked: ask an admin for a new one.');
    }
    if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) {
      // Refused like a revoked token, and counted like one: an expired token is no credential (issue 11).
      failures.failed(request.ip, now);
      if (dav) reply.header('www-authenticate', BASIC_CHALLENGE);
      throw new HttpError(401, 'expired-token', `Token "${token.name}" expired on ${token.expiresAt}: ask an admin for a new one.`);
    }
    request.token = token;
    request.directory = store.forOrg(token.organisation.id);
    used(token, now);
    if (access === 'admin' && token.role !== 'admin') {
      throw new HttpError(
        403,
        'forbidden',
        `Token "${token.name}" is a member token, which can only read: writing needs an admin token.`,
      );
    }
  };
}

/** The caller's token, for routes behind `member` or `admin` access (the hook guarantees it is set). */
export function caller(request: FastifyRequest): CallerToken {
  if (!request.token) throw new Error('caller() used on a public route');
  return request.token;
}

/** The caller's organisation's directory, for routes behind `member` or `admin` access. */
export function directory(request: FastifyRequest): OrgStore {
  if (!request.directory) throw new Error('directory() used on a public route');
  return request.directory;
}
