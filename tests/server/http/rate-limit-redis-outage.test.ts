/**
 * Redis lost while the server runs (issue 10): the directory keeps answering (requests go uncounted rather than
 * fail), the outage and the recovery are each logged once, counting resumes when Redis is back, and SIGTERM still
 * shuts the server down cleanly meanwhile. Redis is reached
 * through a TCP proxy this test can cut and restore, on the same port.
 */
import net from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSpawned, type Spawned } from '../../fixtures/spawn-server';
import { createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeWithRedis, redisTestPrefix, redisTestUrl } from '../../fixtures/test-redis';

const LIMIT = 3;

/** A TCP proxy to Redis that can be cut (every connection dropped, the port closed) and restored on the same port. */
function redisProxy() {
  const target = new URL(redisTestUrl);
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    listen,
    url: () => `redis://127.0.0.1:${port}`,
    async cut() {
      if (!server?.listening) return;
      const closed = new Promise((resolve) => server!.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

describeWithRedis('the shared rate limit when Redis goes away', () => {
  let database: TestDatabase;
  let proxy: ReturnType<typeof redisProxy>;
  let keys: ReturnType<typeof redisTestPrefix>;
  let server: Spawned | undefined;
  beforeEach(async () => {
    database = await createTestDatabase('sqlite');
    keys = redisTestPrefix();
    proxy = redisProxy();
    await proxy.listen();
  });
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await proxy.cut();
    await keys.clean();
    await database.drop();
  });

  it('keeps answering uncounted while it is gone, logs the outage and the return once each, then counts again', async () => {
    const started = await startSpawned(database.db, { CONTACTS_REDIS_URL: proxy.url(), CONTACTS_REDIS_PREFIX: keys.prefix, CONTACTS_RATE_LIMIT: String(LIMIT) });
    server = started.server;
    const me = async () => (await fetch(`${started.url}/api/v1/me`, { headers: { authorization: `Bearer ${started.token}` } })).status;
    const before = [await me(), await me()];
    await proxy.cut();
    await server.waitFor(/shared rate limit is unreachable/);
    const whileGone = [await me(), await me(), await me(), await me()];
    await proxy.listen();
    await server.waitFor(/shared rate limit is back/);
    // Redis still holds the 2 requests counted before the outage: the third is the last one allowed.
    const after = [await me(), await me()];
    const logged = (pattern: RegExp) => server!.stdout().split('\n').filter((line) => pattern.test(line)).length;
    expect({ before, whileGone, after, outageLogged: logged(/rate limit is unreachable/), returnLogged: logged(/rate limit is back/) }).toEqual({
      before: [200, 200],
      whileGone: [200, 200, 200, 200],
      after: [200, 429],
      outageLogged: 1,
      returnLogged: 1,
    });
  }, 60_000);

  it('still shuts down cleanly on SIGTERM while Redis is gone', async () => {
    const started = await startSpawned(database.db, { CONTACTS_REDIS_URL: proxy.url(), CONTACTS_REDIS_PREFIX: keys.prefix });
    server = started.server;
    await proxy.cut();
    await server.waitFor(/shared rate limit is unreachable/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
  }, 60_000);
});
