/** `GET /health`, `GET /me`, `GET /openapi.json` (the document @fastify/swagger builds from the routes' schemas). */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { HealthResponseSchema, MeResponseSchema } from '../../lib/api/api-schemas';
import { caller } from '../auth/auth-hook';
import { SERVER_VERSION } from '../server-version';

export function metaRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { summary: 'Is the server up (no token needed)', response: { 200: HealthResponseSchema } },
    },
    async () => ({ status: 'ok' as const, version: SERVER_VERSION }),
  );
  api.get(
    '/me',
    { schema: { summary: "The calling token's name, role and organisation, and the directory's import rules", response: { 200: MeResponseSchema } } },
    async (request) => ({
      name: caller(request).name,
      role: caller(request).role,
      organisation: caller(request).organisation,
      rules: { maxContacts: api.settings.maxContacts, defaultCountry: api.settings.defaultCountry ?? null },
    }),
  );
  api.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => api.swagger());
}
