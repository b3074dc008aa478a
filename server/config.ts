/**
 * The server's settings in one place: defaults, then environment (HOST, PORT, CONTACTS_DB, …), then flags.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_CONTACTS } from '../lib/rules/check-options';
import { parseServerUrl } from '../lib/settings/settings';

export interface ServerConfig {
  host: string;
  port: number;
  /**
   * SQLite file (its folder is created on first start), or a postgres:// / postgresql:// URL (issue 10): see
   * store/open-store.ts.
   */
  db: string;
  /** Origins allowed to call the API from a browser; `*` at the end matches any rest. */
  allowedOrigins: string[];
  /** Most contact lines in one import. */
  maxContacts: number;
  /** Largest request body, in bytes (CSV uploads included). */
  bodyLimit: number;
  /** Requests per token (or per address without a token) per `rateLimitWindowMs`. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /**
   * redis:// or rediss:// URL: the rate limit is counted there, shared by every instance using it (issue 10); without
   * it, each process counts alone.
   */
  redisUrl?: string;
  /** Prefix of the rate-limit keys in Redis, so directories sharing one Redis keep their counts apart. */
  redisPrefix: string;
  /**
   * Addresses (or CIDR ranges) of the reverse proxies in front of the server, whose X-Forwarded-For is believed, so
   * the per-address limits count the client, not the proxy (Fastify's `trustProxy`). Empty: none.
   */
  trustProxy: string[];
  /** Requests with a missing or wrong token per client address per `authFailureWindowMs`; 0 turns the limit off. */
  authFailureMax: number;
  authFailureWindowMs: number;
  /**
   * Memory for the change feed's answers kept ready to send (server/directory/feed-page-cache.ts), in bytes;
   * CONTACTS_FEED_CACHE_MB, 0 keeps none.
   */
  feedCacheBytes: number;
  /** Whole-request deadline and idle-socket timeout, in ms. */
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  /** Lets national numbers in (ISO 3166 alpha-2), as the CLI's --default-country. */
  defaultCountry?: string;
  /**
   * The origin clients use to reach the server (`https://contacts.example.com`), put in the connection code of new
   * tokens (issue 11). Unset: the address each request was sent to (server/http/public-origin.ts).
   */
  publicUrl?: string;
  /** PEM files: with both, the server speaks HTTPS itself (issue 11; server/http/tls-files.ts reads them). */
  tlsCert?: string;
  tlsKey?: string;
  /** Pino log level; 'silent' in tests. */
  logLevel: string;
  /** Test only (CONTACTS_TEST_IMPORT_PAUSE_MS): pause inside the import transaction so a test can kill the process mid-way. */
  testImportPauseMs: number;
  now: () => string;
}

export const defaults: ServerConfig = {
  host: '127.0.0.1',
  port: 8787,
  db: 'data/contacts.sqlite',
  allowedOrigins: ['chrome-extension://*', 'moz-extension://*'],
  maxContacts: DEFAULT_MAX_CONTACTS,
  bodyLimit: 2 * 1024 * 1024,
  rateLimitMax: 1200,
  rateLimitWindowMs: 60_000,
  redisPrefix: 'contacts-rate-limit:',
  trustProxy: [],
  authFailureMax: 30,
  authFailureWindowMs: 60_000,
  feedCacheBytes: 64 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 60_000,
  logLevel: 'info',
  testImportPauseMs: 0,
  now: () => new Date().toISOString(),
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new ConfigError(`${name} must be a whole number, got "${value}".`);
  return number;
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^rediss?:\/\//iu.test(value)) {
    throw new ConfigError(`--redis-url / CONTACTS_REDIS_URL must be a redis:// or rediss:// URL, got "${value.replace(/\/\/[^@/]*@/u, '//***@')}".`);
  }
  return value;
}

/**
 * The import rules the environment sets (CONTACTS_MAX_IMPORT, CONTACTS_DEFAULT_COUNTRY): the server's, and the
 * command line's when it imports straight into the database (cli/import.ts), so both apply the same ones.
 */
export function importRulesFromEnv(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'maxContacts' | 'defaultCountry'> {
  return {
    maxContacts: integer('CONTACTS_MAX_IMPORT', env.CONTACTS_MAX_IMPORT, defaults.maxContacts),
    defaultCountry: env.CONTACTS_DEFAULT_COUNTRY || undefined,
  };
}

/** Reads flags (`--host --port --db …`) and environment into a config; throws `ConfigError` on a bad value. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'public-url': { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'redis-url': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError(
      `${(error as Error).message}. Usage: npm run server -- [--host H] [--port P] [--db FILE|postgres://URL] [--public-url URL] [--tls-cert FILE --tls-key FILE] [--redis-url redis://URL]`,
    );
  }
  const port = integer('--port / PORT', values.port ?? env.PORT, defaults.port);
  if (port > 65535) throw new ConfigError(`--port / PORT must be at most 65535, got ${port}.`);
  const tlsCert = values['tls-cert'] ?? (env.CONTACTS_TLS_CERT || undefined);
  const tlsKey = values['tls-key'] ?? (env.CONTACTS_TLS_KEY || undefined);
  if ((tlsCert === undefined) !== (tlsKey === undefined)) {
    throw new ConfigError(`${tlsCert === undefined ? '--tls-key' : '--tls-cert'} needs ${tlsCert === undefined ? '--tls-cert' : '--tls-key'} too: HTTPS needs both the certificate and its private key (or neither, for plain HTTP).`);
  }
  return {
    ...defaults,
    publicUrl: readPublicUrl(values['public-url'] ?? (env.CONTACTS_PUBLIC_URL || undefined)),
    tlsCert,
    tlsKey,
    host: values.host ?? env.HOST ?? defaults.host,
    port,
    db: values.db ?? env.CONTACTS_DB ?? defaults.db,
    allowedOrigins: env.CONTACTS_ALLOWED_ORIGINS
      ? env.CONTACTS_ALLOWED_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean)
      : defaults.allowedOrigins,
    ...importRulesFromEnv(env),
    rateLimitMax: integer('CONTACTS_RATE_LIMIT', env.CONTACTS_RATE_LIMIT, defaults.rateLimitMax),
    redisUrl: redisUrl(values['redis-url'] ?? env.CONTACTS_REDIS_URL),
    redisPrefix: env.CONTACTS_REDIS_PREFIX || defaults.redisPrefix,
    trustProxy: env.CONTACTS_TRUST_PROXY ? env.CONTACTS_TRUST_PROXY.split(',').map((address) => address.trim()).filter(Boolean) : defaults.trustProxy,
    authFailureMax: integer('CONTACTS_AUTH_FAILURE_LIMIT', env.CONTACTS_AUTH_FAILURE_LIMIT, defaults.authFailureMax),
    feedCacheBytes: integer('CONTACTS_FEED_CACHE_MB', env.CONTACTS_FEED_CACHE_MB, defaults.feedCacheBytes / 1024 / 1024) * 1024 * 1024,
    logLevel: env.LOG_LEVEL ?? defaults.logLevel,
    testImportPauseMs: integer('CONTACTS_TEST_IMPORT_PAUSE_MS', env.CONTACTS_TEST_IMPORT_PAUSE_MS, 0),
  };
}

/** The origin of `--public-url` / `CONTACTS_PUBLIC_URL`, or undefined when unset. */
function readPublicUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const { origin, error } = parseServerUrl(value);
  if (origin === '') return undefined;
  if (error) throw new ConfigError(`--public-url / CONTACTS_PUBLIC_URL: ${error.message}`);
  return origin;
}
