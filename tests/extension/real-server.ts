/**
 * A real directory server on 127.0.0.1 with a SQLite file in a temp folder, an admin and a member token, that a
 * test can stop and start again on the same port and database (the "server down, then up" case of issue 4).
 * Built on the server tests' fixture, so both start the server the same way.
 */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/build-server';
import type { ServerConfig } from '../../server/config';
import { startTestServer } from '../server/server-fixture';

export interface RealServer {
  url: string;
  admin: string;
  member: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startRealServer(overrides: Partial<ServerConfig> = {}): Promise<RealServer> {
  const config = { rateLimitMax: 100_000, ...overrides };
  const first = await startTestServer(config);
  const port = Number(new URL(first.url).port);
  let app: FastifyInstance | null = first.app;
  const server: RealServer = {
    url: first.url,
    admin: first.admin,
    member: first.member,
    async stop() {
      await app?.close();
      app = null;
    },
    async start() {
      app = await buildServer({ db: first.db, logLevel: 'silent', ...config });
      await app.listen({ host: '127.0.0.1', port });
    },
    async close() {
      await server.stop();
      fs.rmSync(first.dir, { recursive: true, force: true });
    },
  };
  return server;
}
