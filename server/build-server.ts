/**
 * Assembles the directory server (issue 3): storage, auth, limits, origins, errors and the API v1 routes.
 * Tests call it in-process (port 0, temp database); server/main.ts calls it for real.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type http from 'node:http';
import type https from 'node:https';
import Fastify, { type FastifyHttpOptions, type FastifyHttpsOptions, type FastifyInstance } from 'fastify';
import { defaults, type ServerConfig } from './config';
import { authHook } from './auth/auth-hook';
import { registerCardDav } from './carddav/carddav-routes';
import { failedAuthLimit } from './auth/failed-auth-limit';
import { lastUsedRecorder } from './auth/last-used';
import { finiteNumbers } from './http/finite-numbers';
import { clientErrorHandler, errorHandler, frameworkErrorHandler, HttpError, notFoundHandler } from './http/http-error';
import { isAllowedOrigin } from './http/origin-policy';
import { readTlsFiles } from './http/tls-files';
import { registerApiDocs } from './http/api-docs';
import { logRedisHealth, openRateLimitRedis } from './http/rate-limit-redis';
import { auditRoutes } from './routes/audit-routes';
import { contactRoutes } from './routes/contact-routes';
import { CSV_TYPES, importRoutes, VCARD_TYPES } from './routes/import-routes';
import { metaRoutes } from './routes/meta-routes';
import { tokenRoutes } from './routes/token-routes';
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
  // Before the store: a bad certificate stops the start without touching the database.
  const tls = config.tlsCert !== undefined && config.tlsKey !== undefined ? readTlsFiles(config.tlsCert, config.tlsKey) : null;
  // Redis next: a server refused for its Redis has opened (and migrated) nothing.
  const redis = config.redisUrl ? await openRateLimitRedis(config.redisUrl) : null;
  let store: Store;
  try {
    store = await openStore(config.db, { now: config.now, backgroundCheckpoint: true });
  } catch (error) {
    redis?.disconnect();
    throw error;
  }
  const serverOptions = {
    requestTimeout: config.requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, config.requestTimeoutMs || 1_000),
  };
  const fastifyOptions: FastifyHttpOptions<http.Server> = {
    logger: { level: config.logLevel },
    // Behind a reverse proxy (several instances, issue 10), request.ip is the client's only if the proxy is trusted.
    ...(config.trustProxy.length > 0 ? { trustProxy: config.trustProxy } : {}),
    bodyLimit: config.bodyLimit,
    requestTimeout: config.requestTimeoutMs,
    // Also given to http.createServer itself: Fastify 5 sets `server.requestTimeout` only after creating the server,
    // and Node 20 then never times a stalled request out (measured: no answer after 40 s; tests/server/timeouts.test.ts).
    // Node checks the deadlines every `connectionsCheckingInterval` (30 s by default): every second here.
    http: serverOptions,
    connectionTimeout: config.connectionTimeoutMs,
    // Lets a graceful close finish in-flight requests, then drop idle keep-alive sockets.
    forceCloseConnections: 'idle',
    // Our own 503 (in the error shape) comes from the onRequest hook below.
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    ajv: { plugins: [finiteNumbers] },
  };
  // With `https`, Fastify creates the server with https.createServer(options.https) and ignores `http`: the timeouts
  // go in both. Typed as the default (HTTP) instance: routes and hooks do not depend on the transport.
  const app = tls
    ? (Fastify({ ...(fastifyOptions as FastifyHttpsOptions<https.Server>), https: { ...tls, ...serverOptions } }) as unknown as FastifyInstance)
    : Fastify(fastifyOptions);
  app.decorate('store', store);
  app.decorate('settings', config);
  app.decorateRequest('token', null);
  app.decorateRequest('directory', null);
  for (const warning of store.warnings) app.log.warn(warning);
  app.addHook('onClose', async () => store.close());
  if (redis) {
    logRedisHealth(redis, app.log);
    app.addHook('onClose', async () => {
      // QUIT cannot be sent while Redis is unreachable (and nothing is pending then): drop the connection instead.
      if (redis.status === 'ready') await redis.quit();
      else redis.disconnect();
    });
  }
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

  // CSV and vCard uploads arrive as raw bytes: the core decodes them (UTF-8, UTF-16, Windows-1252; issue 13 for vCard).
  app.addContentTypeParser([...CSV_TYPES, ...VCARD_TYPES], { parseAs: 'buffer' }, (_request, body, done) =>
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
    // Routes outside CORS (the CardDAV address book, issue 12) are for native clients, which send no Origin policy.
    if (request.routeOptions.config.cors === false) return done();
    const origin = request.headers.origin;
    if (origin !== undefined && !allowed(origin)) {
      return done(new HttpError(403, 'origin-not-allowed', `Origin "${origin}" may not call this server: only the extension can. Add it to CONTACTS_ALLOWED_ORIGINS if it should.`));
    }
    done();
  });
  app.addHook('onRequest', authHook(store, failedAuthLimit(config.authFailureMax, config.authFailureWindowMs), lastUsedRecorder(store, app.log)));
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    // Per organisation and token (issue 10): token names are unique only within an organisation.
    keyGenerator: (request) => (request.token ? `token:${request.token.organisation.id}:${request.token.name}` : `ip:${request.ip}`),
    // Shared by every instance on this Redis (issue 10); see http/rate-limit-redis.ts for an outage once running.
    ...(redis ? { redis, nameSpace: config.redisPrefix, skipOnError: true } : {}),
    // The x-ratelimit-* headers only on the 429 (with Retry-After): no client of ours reads them on other answers,
    // and three headers on every answer cost the feed's hot path more than its cache look-up.
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
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
      tokenRoutes(api);
    },
    { prefix: '/api/v1' },
  );
  await registerCardDav(app);
  return app;
}
