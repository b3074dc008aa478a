/**
 * Assembles the directory server (issue 3): storage, auth, limits, origins, errors and the API v1 routes.
 * Tests call it in-process (port 0, temp database); server/main.ts calls it for real.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { defaults, type ServerConfig } from './config';
import { authHook } from './auth/auth-hook';
import { failedAuthLimit } from './auth/failed-auth-limit';
import { finiteNumbers } from './http/finite-numbers';
import { clientErrorHandler, errorHandler, frameworkErrorHandler, HttpError, notFoundHandler } from './http/http-error';
import { isAllowedOrigin } from './http/origin-policy';
import { registerApiDocs } from './http/api-docs';
import { auditRoutes } from './routes/audit-routes';
import { contactRoutes } from './routes/contact-routes';
import { importRoutes } from './routes/import-routes';
import { metaRoutes } from './routes/meta-routes';
import { openStore } from './store/open-store';
import type { Store } from './store/store';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    settings: ServerConfig;
  }
}

/** Opens the store (SQLite file or PostgreSQL URL) and builds the app (not listening yet). Closing the app closes the store, after in-flight requests. */
export async function buildServer(options: Partial<ServerConfig> & { db: string }): Promise<FastifyInstance> {
  const config: ServerConfig = { ...defaults, ...options };
  const store = await openStore(config.db, { now: config.now, backgroundCheckpoint: true });
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    requestTimeout: config.requestTimeoutMs,
    // Also given to http.createServer itself: Fastify 5 sets `server.requestTimeout` only after creating the server,
    // and Node 20 then never times a stalled request out (measured: no answer after 40 s; tests/server/timeouts.test.ts).
    // Node checks the deadlines every `connectionsCheckingInterval` (30 s by default): every second here.
    http: {
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, config.requestTimeoutMs || 1_000),
    },
    connectionTimeout: config.connectionTimeoutMs,
    // Lets a graceful close finish in-flight requests, then drop idle keep-alive sockets.
    forceCloseConnections: 'idle',
    // Our own 503 (in the error shape) comes from the onRequest hook below.
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    ajv: { plugins: [finiteNumbers] },
  });
  app.decorate('store', store);
  app.decorate('settings', config);
  app.decorateRequest('token', null);
  app.decorateRequest('directory', null);
  for (const warning of store.warnings) app.log.warn(warning);
  app.addHook('onClose', async () => store.close());
  // While shutting down, ask keep-alive clients to hang up after the answer they are waiting for, so a graceful
  // close does not wait for their idle sockets to time out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Callback-style hooks (not async) on every request: no promise and microtask each.
  app.addHook('onRequest', (_request, _reply, done) => {
    done(closing ? new HttpError(503, 'shutting-down', 'The server is shutting down: retry in a moment.') : undefined);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  app.setErrorHandler(errorHandler(config.bodyLimit));
  app.setNotFoundHandler(notFoundHandler);

  // CSV uploads arrive as raw bytes: the core decodes them (UTF-8, UTF-16, Windows-1252).
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  const allowed = (origin: string) => isAllowedOrigin(origin, config.allowedOrigins);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined || allowed(origin)),
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-file-name'],
    exposedHeaders: ['etag', 'idempotent-replayed'],
    maxAge: 600,
  });
  // A web page must not use the API, even with a stolen token: refuse the request, not only the CORS headers.
  app.addHook('onRequest', (request, _reply, done) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowed(origin)) {
      return done(new HttpError(403, 'origin-not-allowed', `Origin "${origin}" may not call this server: only the extension can. Add it to CONTACTS_ALLOWED_ORIGINS if it should.`));
    }
    done();
  });
  app.addHook('onRequest', authHook(store, failedAuthLimit(config.authFailureMax, config.authFailureWindowMs)));
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    // Per organisation and token (issue 10): token names are unique only within an organisation.
    keyGenerator: (request) => (request.token ? `token:${request.token.organisation.id}:${request.token.name}` : `ip:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate-limited', `Too many requests for this token (${context.max} per ${context.after}): retry after ${context.after}.`),
  });

  await registerApiDocs(app);
  await app.register(
    async (api) => {
      metaRoutes(api);
      contactRoutes(api);
      importRoutes(api);
      auditRoutes(api);
    },
    { prefix: '/api/v1' },
  );
  return app;
}
