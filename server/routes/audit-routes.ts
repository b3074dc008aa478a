/** GET /audit (admin): who wrote what, when. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { AuditQuerySchema, AuditResponseSchema } from '../../lib/api/api-schemas';
import type { AuditResponse } from '../../lib/api/api';
import { directory } from '../auth/auth-hook';
import { HttpError } from '../http/http-error';

/** `since` is a cursor from a previous page (digits) or a date/time; '' starts from the first entry. */
function parseSince(since: string): { afterId: number; since?: string } {
  if (since === '') return { afterId: 0 };
  if (/^\d{1,15}$/u.test(since)) return { afterId: Number(since) };
  const time = Date.parse(since);
  if (Number.isNaN(time)) {
    throw new HttpError(400, 'invalid-since', `since="${since}" is neither a cursor nor a date: pass e.g. since=2026-01-31T08:00:00Z.`);
  }
  return { afterId: 0, since: new Date(time).toISOString() };
}

export function auditRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'The audit log (admin): token name, action, contact ids, import id, time of every write',
        querystring: AuditQuerySchema,
        response: { 200: AuditResponseSchema },
      },
    },
    async (request): Promise<AuditResponse> => {
      const page = await directory(request).audit({ ...parseSince(request.query.since), limit: request.query.limit });
      return { entries: page.entries, cursor: String(page.lastId), more: page.more };
    },
  );
}
