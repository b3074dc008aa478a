/**
 * `POST /tokens`, `GET /tokens`, `DELETE /tokens/:id` (issue 11): invites and device tokens without a shell. Admins
 * manage every token; a member creates, lists and revokes its own device tokens only (role member, owned by the
 * member's token). An admin creates device tokens of its own with `device: true` (its Settings → Your devices). Creations and revocations are audited (`token.create`, `token.revoke`). Every token route works
 * on the caller's organisation only (issue 10): its tokens, its last-admin guard, its name uniqueness, its audit.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { TokenCreated, TokenInfo } from '../../lib/api/api';
import { IdParamsSchema, TokenCreateBodySchema, TokenCreatedSchema, TokenListResponseSchema } from '../../lib/api/api-schemas';
import { encodeConnectionCode } from '../../lib/connection-code/connection-code';
import { readExpiry } from '../../lib/token/read-expiry';
import { caller, directory } from '../auth/auth-hook';
import { revokeToken } from '../auth/revoke-token';
import { issueToken, TokenError } from '../auth/tokens';
import { HttpError } from '../http/http-error';
import { publicOrigin } from '../http/public-origin';
import type { TokenRecord } from '../store/store';

/** The member token whose device tokens `token` may manage: its owner for a device token, else itself. */
const deviceOwner = (token: TokenRecord) => token.ownerId ?? token.id;

function toTokenInfo(token: TokenRecord, all: readonly TokenRecord[], now: string): TokenInfo {
  const owner = token.ownerId === null ? undefined : all.find((other) => other.id === token.ownerId);
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    expired: token.expiresAt !== null && token.expiresAt <= now,
    lastUsedAt: token.lastUsedAt,
    owner: owner === undefined ? null : { id: owner.id, name: owner.name },
  };
}

/** `expiresAt` as stored (lib/token/read-expiry.ts, the CLI's rule too); 400 unless a future date-time. */
function expiryOf(expiresAt: string | undefined, now: string): string | null {
  if (expiresAt === undefined) return null;
  const reading = readExpiry(expiresAt, now);
  if (reading.ok) return reading.expiresAt;
  if (reading.problem === 'past') throw new HttpError(400, 'invalid-expires-at', `expiresAt "${expiresAt}" is not in the future: send a later date-time, or leave it out.`);
  throw new HttpError(400, 'invalid-expires-at', `expiresAt "${expiresAt}" is not an ISO 8601 date-time with its time zone: send e.g. "2027-01-31T00:00:00Z" or "2027-01-31", or leave it out for a token that never expires.`);
}

export function tokenRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    '/tokens',
    {
      config: { access: 'member' },
      schema: {
        summary: 'Create a token (admin), or a device token of your own (member); its secret is shown once',
        description: 'A member may create only member tokens, which belong to its own token. Audited as token.create.',
        body: TokenCreateBodySchema,
        response: { 201: TokenCreatedSchema },
      },
    },
    async (request, reply): Promise<TokenCreated> => {
      const me = caller(request);
      const { name, role } = request.body;
      if (me.role !== 'admin' && role !== 'member') {
        throw new HttpError(403, 'forbidden', `Token "${me.name}" is a member token: it can create device tokens with role member only. Ask an admin for an admin token.`);
      }
      const now = api.settings.now();
      const server = publicOrigin(request, api.settings.publicUrl);
      const expiresAt = expiryOf(request.body.expiresAt, now);
      if (request.body.device === true && role !== 'member') {
        throw new HttpError(400, 'device-token-role', `A device token has role member (it only reads the directory): send role "member" with device true, or leave device out for an ${role} token.`);
      }
      // An admin's device tokens are its own, as a member's are: its Settings list them, and revoking it revokes them.
      const ownerId = me.role === 'admin' && request.body.device !== true ? null : deviceOwner(me);
      let issued: Awaited<ReturnType<typeof issueToken>>;
      try {
        issued = await issueToken(directory(request), { name, role, expiresAt, ownerId, actor: me.name }, now);
      } catch (error) {
        if (error instanceof TokenError) throw new HttpError(error.reason === 'taken' ? 409 : 400, `token-name-${error.reason}`, error.message);
        throw error;
      }
      const all = ownerId === null ? [] : await directory(request).listTokens();
      reply.code(201);
      return {
        ...toTokenInfo(issued.record, all, now),
        secret: issued.secret,
        connectionCode: encodeConnectionCode({ server, token: issued.secret }),
      };
    },
  );
  api.get(
    '/tokens',
    {
      config: { access: 'member' },
      schema: { summary: 'Tokens not revoked (admin), or your own device tokens (member); never their secrets', response: { 200: TokenListResponseSchema } },
    },
    async (request) => {
      const me = caller(request);
      const now = api.settings.now();
      const all = await directory(request).listTokens();
      const visible = all.filter((token) => token.revokedAt === null && (me.role === 'admin' || token.ownerId === deviceOwner(me)));
      return { tokens: visible.map((token) => toTokenInfo(token, all, now)) };
    },
  );
  api.delete(
    '/tokens/:id',
    {
      config: { access: 'member' },
      schema: {
        summary: 'Revoke a token at once, with the device tokens it owns (member: its own device tokens only)',
        description: '404 for an unknown or already revoked id; 409 for the last admin token. Audited as token.revoke.',
        params: IdParamsSchema,
        response: { 204: { type: 'null', description: 'Revoked.' } },
      },
    },
    async (request, reply) => {
      const me = caller(request);
      const mayRevoke = (token: TokenRecord) => me.role === 'admin' || token.ownerId === deviceOwner(me);
      await revokeToken(directory(request), { id: request.params.id, actor: me.name, mayRevoke }, api.settings.now());
      return reply.code(204).send(null);
    },
  );
}
