/** `GET /health`, `GET /me`, `GET /openapi.json`. */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { HealthResponse, MeResponse } from '../../lib/api/api';
import { caller } from '../auth/auth-hook';
import { openApiDocument, type collectRoutes } from './openapi';

const { version } = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export function metaRoutes(api: FastifyInstance, routes: ReturnType<typeof collectRoutes>) {
  api.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Is the server up (no token needed)',
        response: { 200: { type: 'object', properties: { status: { type: 'string' }, version: { type: 'string' } } } },
      },
    },
    async (): Promise<HealthResponse> => ({ status: 'ok', version }),
  );
  api.get(
    '/me',
    {
      schema: {
        summary: "The calling token's name and role, and the directory's import rules",
        response: {
          200: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              role: { type: 'string' },
              rules: {
                type: 'object',
                properties: { maxContacts: { type: 'integer' }, defaultCountry: { type: ['string', 'null'] } },
              },
            },
          },
        },
      },
    },
    async (request): Promise<MeResponse> => ({
      name: caller(request).name,
      role: caller(request).role,
      rules: { maxContacts: api.settings.maxContacts, defaultCountry: api.settings.defaultCountry ?? null },
    }),
  );
  let document: unknown;
  api.get('/openapi.json', { config: { access: 'public' } }, async () => (document ??= openApiDocument(routes, version)));
}
