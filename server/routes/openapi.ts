/**
 * Generates the OpenAPI 3.1 document from the routes' own JSON schemas (collected as they are registered).
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import * as schemas from '../http/schemas';

declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    description?: string;
    /** Request content types, for the document (Fastify picks the parser by Content-Type). */
    consumes?: string[];
  }
}

interface Collected {
  method: string;
  url: string;
  schema: Record<string, unknown>;
  access: string;
}

/** Starts collecting routes; call before registering them. */
export function collectRoutes(app: FastifyInstance): Collected[] {
  const routes: Collected[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat().filter((method) => method !== 'HEAD' && method !== 'OPTIONS');
    if (!route.schema || !route.url.startsWith('/api/')) return;
    for (const method of methods) {
      routes.push({
        method: method.toLowerCase(),
        url: route.url,
        schema: route.schema as Record<string, unknown>,
        access: (route.config as { access?: string } | undefined)?.access ?? 'member',
      });
    }
  });
  return routes;
}

type JsonSchema = { properties?: Record<string, unknown>; required?: readonly string[] };

function parameters(where: 'path' | 'query' | 'header', schema: JsonSchema | undefined) {
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (schema?.required ?? []).includes(name),
    schema: property,
  }));
}

export function openApiDocument(routes: Collected[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { method, url, schema, access } of routes) {
    const path = url.replace(/:(\w+)/gu, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, body] of Object.entries((schema.response ?? {}) as Record<string, unknown>)) {
      responses[status] = { description: `HTTP ${status}`, content: { 'application/json': { schema: body } } };
    }
    responses.default = {
      description: 'Any error: 400 invalid, 401 no/unknown token, 403 member writing, 404, 409 conflict, 413 too large, 422 rejected, 429 rate limited.',
      content: { 'application/json': { schema: schemas.error } },
    };
    const body = schema.body as Record<string, unknown> | undefined;
    const consumes = (schema.consumes as string[] | undefined) ?? ['application/json'];
    paths[path] ??= {};
    paths[path][method] = {
      summary: schema.summary,
      description: schema.description,
      security: access === 'public' ? [] : [{ bearer: [] }],
      'x-access': access,
      parameters: [
        ...parameters('path', schema.params as JsonSchema),
        ...parameters('query', schema.querystring as JsonSchema),
        ...parameters('header', schema.headers as JsonSchema),
      ],
      ...(body && {
        requestBody: {
          required: true,
          content: Object.fromEntries(consumes.map((type) => [type, { schema: type === 'text/csv' ? { type: 'string' } : body }])),
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Company Contacts directory server',
      version,
      description: 'Every error is { "error": { "code", "message" } }. Writes need an admin token; reads any token.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
