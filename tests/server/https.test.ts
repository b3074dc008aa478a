import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../lib/connection-code/connection-code';
import { readConfig } from '../../server/config';
import { runServer } from '../../server/run-server';
import { tempDir } from '../fixtures/server-fixture';
import { spawnServer } from '../fixtures/spawn-server';

const dir = tempDir();
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A self-signed certificate for 127.0.0.1 (P-256: quick to make), and a key of another pair. */
const cert = path.join(dir, 'cert.pem');
const key = path.join(dir, 'key.pem');
const otherKey = path.join(dir, 'other-key.pem');
const notPem = path.join(dir, 'not.pem');
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', otherKey], { stdio: 'ignore' });
fs.writeFileSync(notPem, 'not a certificate\n');

/** A request that trusts only our certificate (as a client given it would). */
function request(url: string, options: { method?: string; token?: string; json?: unknown } = {}): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const body = options.json === undefined ? undefined : JSON.stringify(options.json);
    const req = https.request(
      url,
      {
        method: options.method ?? 'GET',
        ca: fs.readFileSync(cert),
        headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('HTTPS (issue 11)', () => {
  it('speaks HTTPS with --tls-cert and --tls-key, and puts the https address in connection codes', async () => {
    const server = spawnServer(['--db', path.join(dir, 'https.sqlite'), '--port', '0', '--tls-cert', cert, '--tls-key', key]);
    try {
      const [, url] = await server.waitFor(/directory server: (https:\/\/\S+)/);
      const admin = /^ {2}(cc_\S+)$/m.exec(server.stdout())![1]!;
      const health = await request(`${url}/api/v1/health`);
      const created = await request(`${url}/api/v1/tokens`, { method: 'POST', token: admin, json: { name: 'maria', role: 'member' } });
      const code = decodeConnectionCode(created.body.connectionCode);
      expect([health.status, health.body.status, created.status, code.ok && code.connection.server]).toEqual([200, 'ok', 201, url]);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('refuses to start on a missing certificate file, in one line naming it', async () => {
    const missing = path.join(dir, 'missing.pem');
    const server = spawnServer(['--db', path.join(dir, 'missing.sqlite'), '--port', '0', '--tls-cert', missing, '--tls-key', key]);
    const exit = await server.exited;
    const expected = `error: Cannot read the TLS certificate ${missing} (ENOENT): check the path and that this user may read it (--tls-cert / CONTACTS_TLS_CERT).`;
    expect([exit.code, server.stderr().trim()]).toEqual([1, expected]);
  });

  it.each([
    ['a key of another certificate', cert, otherKey, `The TLS private key ${otherKey} does not belong to the certificate ${cert}: pass the key the certificate was issued for.`],
    ['a file that is not PEM', notPem, key, `The TLS certificate ${notPem} or key ${key} is not usable PEM`],
    ['an unreadable key', cert, dir, `Cannot read the TLS private key ${dir} (EISDIR)`],
  ])('refuses to start on %s, saying which file and what to do', async (_case, certFile, keyFile, message) => {
    const config = readConfig(['--db', path.join(dir, 'refused.sqlite'), '--port', '0', '--tls-cert', certFile, '--tls-key', keyFile], {});
    const actual = await runServer({ ...config, logLevel: 'silent' }, () => undefined).then(
      () => 'started',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    expect(actual.startsWith(`StartupError: ${message}`)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'refused.sqlite'))).toBe(false);
  });
});
