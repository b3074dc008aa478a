/**
 * Test servers: the real server in-process on 127.0.0.1 (port 0) with a real SQLite file in a temp folder,
 * plus an admin and a member token. Tests talk to it over HTTP with the global fetch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createToken } from '../../server/auth/tokens';
import { buildServer } from '../../server/build-server';
import type { ServerConfig } from '../../server/config';
import { HEADER } from '../fixtures/contacts';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  dir: string;
  db: string;
  admin: string;
  member: string;
  /** fetch on the API: `call('/contacts', { method: 'POST', token, json })`. */
  call(apiPath: string, options?: CallOptions): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export interface CallOptions {
  method?: string;
  token?: string | null;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'contacts-server-'));
}

export async function startTestServer(config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dir = tempDir();
  const db = path.join(dir, 'contacts.sqlite');
  const app = await buildServer({ db, logLevel: 'silent', ...config });
  const now = new Date().toISOString();
  const admin = await createToken(app.store, 'alice', 'admin', now);
  const member = await createToken(app.store, 'max', 'member', now);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    url,
    dir,
    db,
    admin,
    member,
    async call(apiPath, { method = 'GET', token = admin, json, body, headers = {} } = {}) {
      const response = await fetch(`${url}/api/v1${apiPath}`, {
        method,
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(json === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: json === undefined ? body : JSON.stringify(json),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? undefined : JSON.parse(text);
      } catch {
        // Not JSON: the test sees the raw text, and its expectation fails visibly.
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    async close() {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A CSV with `count` distinct valid lines (line i: "Person i", person-i@example.com, a distinct German number). */
export function csvOf(count: number, prefix = 'Person'): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    lines.push(`${prefix} ${i},Engineer,${prefix.toLowerCase()}-${i}@example.com,+49 30 ${String(1_000_000 + i)},,`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const maria = { name: 'Maria Beck', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '0015551234567' }] };
