/**
 * The per-token rate limit shared by several instances through Redis (issue 10): with `redisUrl` two instances count
 * one token's requests together; without it each process counts alone. A Redis that cannot be reached at start
 * stops the server with one line, before the database is touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/build-server';
import type { ServerConfig } from '../../../server/config';
import { startTestServer, tempDir, type TestServer } from '../../fixtures/server-fixture';
import { spawnServer } from '../../fixtures/spawn-server';
import { describeWithRedis, redisTestPrefix, redisTestUrl } from '../../fixtures/test-redis';

const LIMIT = 6;

/** Two in-process instances on one database with the same settings, each with its own plugin state. */
async function twoInstances(config: Partial<ServerConfig>) {
  const first = await startTestServer(config);
  const app = await buildServer({ db: first.db, logLevel: 'silent', ...config });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const second = { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
  return { first, second };
}

describeWithRedis('the rate limit with CONTACTS_REDIS_URL', () => {
  let first: TestServer;
  let second: { app: FastifyInstance; url: string };
  let keys: ReturnType<typeof redisTestPrefix>;
  beforeEach(async () => {
    keys = redisTestPrefix();
    ({ first, second } = await twoInstances({ rateLimitMax: LIMIT, redisUrl: redisTestUrl, redisPrefix: keys.prefix }));
  });
  afterEach(async () => {
    await second?.app.close();
    await first?.close();
    await keys.clean();
  });

  it('counts one token across both instances: past the limit, both refuse it', async () => {
    const me = async (url: string) => (await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${first.admin}` } })).status;
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push(await me(i % 2 === 0 ? first.url : second.url));
    const past = [await me(first.url), await me(second.url)];
    const otherToken = (await first.call('/me', { token: first.member })).status;
    expect({ statuses, past, otherToken }).toEqual({ statuses: Array(LIMIT).fill(200), past: [429, 429], otherToken: 200 });
  });
});

describe('the rate limit without Redis', () => {
  let first: TestServer;
  let second: { app: FastifyInstance; url: string };
  beforeEach(async () => {
    ({ first, second } = await twoInstances({ rateLimitMax: LIMIT }));
  });
  afterEach(async () => {
    await second?.app.close();
    await first?.close();
  });

  it('is counted by each process alone', async () => {
    const me = async (url: string) => (await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${first.admin}` } })).status;
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push(await me(first.url));
    const past = [await me(first.url), await me(second.url)];
    expect({ statuses, past }).toEqual({ statuses: Array(LIMIT).fill(200), past: [429, 200] });
  });
});

describe('a Redis the server cannot use at start', () => {
  it('stops the server with one line naming it and what to do, and no database is created', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'contacts.sqlite');
    const server = spawnServer(['--db', db, '--port', '0', '--redis-url', 'redis://:secret@127.0.0.1:1']);
    const exit = await server.exited;
    const lines = server.stderr().trim().split('\n');
    const created = fs.existsSync(db);
    fs.rmSync(dir, { recursive: true, force: true });
    expect({ code: exit.code, lines: lines.length, shown: lines[0]!.startsWith('error: Cannot use Redis at redis://:***@127.0.0.1:1 for the shared rate limit (connect ECONNREFUSED'), password: server.stderr().includes('secret'), created }).toEqual({
      code: 1,
      lines: 1,
      shown: true,
      password: false,
      created: false,
    });
  }, 30_000);

  it('refuses a --redis-url that is not a redis:// URL', async () => {
    const server = spawnServer(['--port', '0', '--redis-url', 'http://127.0.0.1:6379']);
    const exit = await server.exited;
    expect([exit.code, server.stderr()]).toEqual([1, 'error: --redis-url / CONTACTS_REDIS_URL must be a redis:// or rediss:// URL, got "http://127.0.0.1:6379".\n']);
  }, 30_000);
});
