/** GET /audit (admin): who wrote what, when; filtered and paged either way (issue 11). Always the caller's organisation. */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import type { FastifyInstance } from 'fastify';
import { AuditQuerySchema, AuditResponseSchema } from '../../lib/api/api-schemas';
import type { AuditResponse } from '../../lib/api/api';
import { MAX_CONTACT_FILTER } from '../../lib/audit/matching-contacts';
import { directory } from '../auth/auth-hook';
import { HttpError } from '../http/http-error';
import type { AuditSelection } from '../store/store';


const TOKEN_NAME = /^[\w.@-]{1,64}$/u;
const ID = /^[\w-]{1,64}$/u;
const CURSOR = /^\d{1,15}$/u;

const bad = (message: string) => new HttpError(400, 'invalid-audit-query', message);

/** `since` is a cursor from a previous page (digits) or a date/time; '' starts from the first entry. */
function parseSince(since: string): { afterId: number; since?: string } {
  if (since === '') return { afterId: 0 };
  if (CURSOR.test(since)) return { afterId: Number(since) };
  const time = Date.parse(since);
  if (Number.isNaN(time)) {
    throw new HttpError(400, 'invalid-since', `since="${since}" is neither a cursor nor a date: pass e.g. since=2026-01-31T08:00:00Z.`);
  }
  return { afterId: 0, since: new Date(time).toISOString() };
}

/** The store's selection for a query, or a 400 naming the parameter, its value and the fix. */
export function auditSelection(query: Static<typeof AuditQuerySchema>): AuditSelection {
  const { order, since, before, token, contact, action, limit } = query;
  const importId = query.import;
  const selection: AuditSelection = { order, limit, ...(action === undefined ? {} : { action }) };
  if (order === 'asc') {
    if (before !== undefined) throw bad(`before="${before}" pages newest first: send it with order=desc, or page oldest first with since=.`);
    Object.assign(selection, parseSince(since ?? ''));
  } else {
    if (since !== undefined) throw bad(`since="${since}" pages oldest first (order=asc): with order=desc pass before= the cursor of the previous page.`);
    if (before !== undefined && before !== '') {
      if (!CURSOR.test(before)) throw bad(`before="${before}" is not a cursor: pass the cursor of the previous page (digits), or leave before out to start from the newest entry.`);
      selection.beforeId = Number(before);
    }
    selection.count = true;
  }
  if (token !== undefined) {
    if (!TOKEN_NAME.test(token)) throw bad(`token="${token}" is not a token name: use 1 to 64 letters, digits, ".", "_", "-" or "@", or leave token out for everyone.`);
    selection.token = token;
  }
  if (contact !== undefined) {
    const ids = contact.split(',');
    const wrong = ids.find((id) => !ID.test(id));
    if (wrong !== undefined) throw bad(`contact="${contact}" holds "${wrong}", which is not a contact id: send ids (letters, digits, "-", "_") separated by commas.`);
    if (ids.length > MAX_CONTACT_FILTER) throw bad(`contact= names ${ids.length} contacts: send at most ${MAX_CONTACT_FILTER} ids at once.`);
    selection.contactIds = ids;
  }
  if (importId !== undefined) {
    if (!ID.test(importId)) throw bad(`import="${importId}" is not an import id: send the importId an import answered, or leave import out.`);
    selection.importId = importId;
  }
  return selection;
}

export function auditRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        summary: 'The audit log (admin): who wrote, what, when, before → after of single-contact writes; filters and paging either way',
        querystring: AuditQuerySchema,
        response: { 200: AuditResponseSchema },
      },
    },
    async (request): Promise<AuditResponse> => {
      const page = await directory(request).audit(auditSelection(request.query));
      return { entries: page.entries, cursor: String(page.lastId), more: page.more, ...(page.total === undefined ? {} : { total: page.total }) };
    },
  );
}
