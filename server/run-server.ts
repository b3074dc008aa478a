/**
 * Starts the server for real: opens the database, creates the first admin token if none exists (printed once),
 * listens, and shuts down gracefully on SIGTERM/SIGINT (in-flight requests finish, then the database closes).
 * Start-up problems become a `StartupError` whose message says what to do.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ensureAdminToken } from './auth/tokens';
import { buildServer } from './build-server';
import type { ServerConfig } from './config';
import { describeStore, storeKind } from './store/open-store';
import { StoreOpenError } from './store/store-open-error';
import { DEFAULT_ORGANISATION_ID } from './store/store';
import { TlsFilesError } from './http/tls-files';
import { RedisOpenError } from './http/rate-limit-redis';

export class StartupError extends Error {
  override name = 'StartupError';
}

function databaseError(file: string, error: unknown): StartupError {
  // PostgreSQL, a too-new schema and an unusable Redis already say what and how to fix, in one line.
  if (error instanceof StoreOpenError || error instanceof RedisOpenError) return new StartupError(error.message, { cause: error });
  const code = (error as { code?: string }).code ?? '';
  if (storeKind(file) === 'postgres') {
    const detail = (error as Error).message.replace(/\s+/gu, ' ');
    return new StartupError(`PostgreSQL failed at ${describeStore(file)} (${code ? `${code}: ` : ''}${detail}): check the server's log and --db / CONTACTS_DB.`, { cause: error });
  }
  const where = path.resolve(file);
  return new StartupError(
    `Cannot open the database ${where} (${code || (error as Error).message}): make sure its folder exists and is writable ` +
      'by this user (and the file is not read-only), or choose another file with --db FILE or CONTACTS_DB.',
    { cause: error },
  );
}

function listenError(config: ServerConfig, error: unknown): StartupError {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return new StartupError(`Port ${config.port} is in use: stop the other server or pass --port`, { cause: error });
  }
  if (code === 'EACCES') {
    return new StartupError(`Port ${config.port} needs privileges this user lacks: pass --port 8787 or another above 1024.`, { cause: error });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new StartupError(`Host "${config.host}" is not an address of this machine: pass --host 127.0.0.1.`, { cause: error });
  }
  return new StartupError(`Could not listen on ${config.host}:${config.port}: ${(error as Error).message}`, { cause: error });
}

export interface Started {
  app: FastifyInstance;
  url: string;
  /** The admin token created on this start (first start, or every admin token expired), else null. */
  adminToken: string | null;
}

export async function runServer(config: ServerConfig, print: (line: string) => void): Promise<Started> {
  let app: FastifyInstance;
  try {
    app = await buildServer(config);
  } catch (error) {
    if (error instanceof TlsFilesError) throw new StartupError(error.message, { cause: error });
    throw databaseError(config.db, error);
  }
  let created: Awaited<ReturnType<typeof ensureAdminToken>>;
  try {
    // The first-start admin token belongs to the default organisation (issue 10); other organisations get theirs from
    // `org create`.
    created = await ensureAdminToken(app.store.forOrg(DEFAULT_ORGANISATION_ID), config.now());
  } catch (error) {
    // Two instances started at once on a new PostgreSQL database: the other one created the admin token first.
    const createdElsewhere = await app.store.forOrg(DEFAULT_ORGANISATION_ID).hasActiveAdmin().catch(() => false);
    if (!createdElsewhere) {
      await app.close();
      throw databaseError(config.db, error);
    }
    created = null;
  }
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw listenError(config, error);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${config.tlsCert === undefined ? 'http' : 'https'}://${host}:${port}`;
  const lines = [`Company Contacts directory server: ${url} (database ${describeStore(config.db)})`];
  if (created) {
    lines.push(`No usable admin token: created the admin token "${created.name}". Keep it now, it will not be shown again:`, `  ${created.secret}`);
  }
  print(lines.join('\n'));
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests, then closing the database');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return { app, url, adminToken: created?.secret ?? null };
}
