/**
 * A real directory server on 127.0.0.1 with a SQLite file in a temp folder, an admin and a member token, that a
 * test can stop and start again on the same port and database (the "server down, then up" case of issue 4).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createToken } from '../../server/auth/tokens';
import { buildServer } from '../../server/build-server';
import type { ServerConfig } from '../../server/config';

export interface RealServer {
  url: string;
  admin: string;
  member: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startRealServer(config: Partial<ServerConfig> = {}): Promise<RealServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-ext-'));
  const db = path.join(dir, 'contacts.sqlite');
  let app: FastifyInstance | null = await buildServer({ db, logLevel: 'silent', rateLimitMax: 100_000, ...config });
  const now = new Date().toISOString();
  const admin = await createToken(app.store, 'alice', 'admin', now);
  const member = await createToken(app.store, 'max', 'member', now);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const server: RealServer = {
    url: `http://127.0.0.1:${port}`,
    admin,
    member,
    async stop() {
      await app?.close();
      app = null;
    },
    async start() {
      app = await buildServer({ db, logLevel: 'silent', rateLimitMax: 100_000, ...config });
      await app.listen({ host: '127.0.0.1', port });
    },
    async close() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
