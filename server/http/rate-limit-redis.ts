/**
 * The Redis that shares the per-token rate limit between server instances (issue 10): with `CONTACTS_REDIS_URL` /
 * `--redis-url`, @fastify/rate-limit counts in Redis, so N instances behind a load balancer allow a token
 * `CONTACTS_RATE_LIMIT` requests a minute between them, not N times that. Without it each process counts alone.
 *
 * At start an unreachable Redis (or one refusing the password) stops the server with one line: a limit the admin
 * configured must not silently become per process. Once running, a Redis outage must not become a directory outage:
 * requests are then let through uncounted (the plugin's `skipOnError`), and the outage and the recovery are logged,
 * once each, while ioredis reconnects in the background.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { redactUrl } from '../store/postgres/postgres-open-error';

/** A Redis the server cannot use at start; the message says what and how to fix it, in one line. */
export class RedisOpenError extends Error {
  override name = 'RedisOpenError';
}

/** Connects to `url` and checks it answers (PING); throws `RedisOpenError` otherwise, leaving nothing open. */
export async function openRateLimitRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail a command at once while disconnected, rather than queue it and hold the request that waits for it.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
  });
  // ioredis reports why a connection failed on 'error'; connect() itself rejects with "Connection is closed".
  let cause: Error | undefined;
  const remember = (error: Error) => (cause = error);
  redis.on('error', remember);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const why = (cause ?? (error as Error)).message.replace(/\s+/gu, ' ');
    throw new RedisOpenError(
      `Cannot use Redis at ${redactUrl(url)} for the shared rate limit (${why}): start it or fix --redis-url / CONTACTS_REDIS_URL, ` +
        'or unset it to count the rate limit in each process.',
      { cause: cause ?? error },
    );
  } finally {
    redis.off('error', remember);
  }
  return redis;
}

/** Logs a lost connection once (requests then go uncounted), and its return once, instead of every retry. */
export function logRedisHealth(redis: Redis, log: FastifyBaseLogger): void {
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log.error({ err: error }, 'Redis for the shared rate limit is unreachable: requests are not rate-limited until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.warn('Redis for the shared rate limit is back: requests are rate-limited again');
  });
}
