/**
 * The API's documentation, generated from the routes' own schemas (lib/api/api-schemas.ts) by @fastify/swagger
 * (issue 9, section 2): `GET /api/v1/openapi.json` (OpenAPI 3.1) and a browsable reference at `/api/v1/docs`
 * (@fastify/swagger-ui), both public. Register before the routes: the document lists the routes added after it.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { ApiErrorBodySchema } from '../../lib/api/api-schemas';
import { SERVER_VERSION } from '../server-version';

const DOCS = '/api/v1/docs';

/** Each operation's security from its route's `access`, and the docs pages public. */
function documentAccess(route: RouteOptions): void {
  if (route.url.startsWith(DOCS)) {
    route.config = { ...route.config, access: 'public' };
    return;
  }
  if (!route.schema || route.schema.hide) return;
  const access = route.config?.access ?? 'member';
  route.schema.security ??= access === 'public' ? [] : [{ bearer: [] }];
  route.schema.response ??= {};
  (route.schema.response as Record<string, unknown>).default ??= ApiErrorBodySchema;
  if (access === 'admin') route.schema.description = `${route.schema.description ?? ''} Needs an admin token.`.trim();
}

type JsonObject = { properties?: Record<string, { default?: unknown }>; required?: string[] };

/**
 * For the document only: a query parameter with a default is optional to the caller. The schema lists it as
 * required so the handler's type has no `undefined` (Ajv fills the default in before it checks `required`).
 */
function optionalDefaults(querystring: unknown): unknown {
  const schema = querystring as JsonObject | undefined;
  if (!schema?.required) return querystring;
  const required = schema.required.filter((name) => schema.properties?.[name]?.default === undefined);
  return { ...schema, required };
}

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', documentAccess);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Company Contacts directory server',
        version: SERVER_VERSION,
        description:
          'Every error is { "error": { "code", "message" } }. Writes need an admin token; reads any token. ' +
          'The reference page at /api/v1/docs is read-only: the server refuses calls from web pages.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: ({ schema, url }) => ({
      schema: schema && 'querystring' in schema ? { ...schema, querystring: optionalDefaults(schema.querystring) } : schema,
      url,
    }),
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS,
    staticCSP: true,
    // The server speaks plain HTTP on the team's network: an upgrade to https would break the page's own scripts.
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/u, ''),
    uiConfig: { supportedSubmitMethods: [] },
  });
}
