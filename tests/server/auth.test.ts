import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../server/auth/tokens';
import { maria, startTestServer, type TestServer } from '../fixtures/server-fixture';
import { queryDatabase } from '../fixtures/test-databases';
import { describeStores } from '../fixtures/test-stores';

describeStores('auth', (store) => {
  let server: TestServer;
  let revoked: string;
  beforeAll(async () => {
    server = await startTestServer({}, store);
    revoked = await createToken(server.directory, 'old-laptop', 'admin', new Date().toISOString());
    await server.directory.transaction((tx) => tx.revokeToken('old-laptop', new Date().toISOString()));
  });
  afterAll(() => server.close());

  describe('tokens and roles', () => {
    it('serves health and the OpenAPI document without a token', async () => {
      const health = await server.call('/health', { token: null });
      const openapi = await server.call('/openapi.json', { token: null });
      const actual = [health.status, health.body.status, openapi.status, openapi.body.openapi];
      expect(actual).toEqual([200, 'ok', 200, '3.1.0']);
    });

    it('answers /me with the name, role and organisation of each token, and the import rules', async () => {
      const rules = { maxContacts: 1000, defaultCountry: null };
      const actual = [(await server.call('/me')).body, (await server.call('/me', { token: server.member })).body];
      // Issue 10: the organisation too; a single-company install's is the default one.
      const organisation = { id: 'default', name: 'default' };
      expect(actual).toEqual([{ name: 'alice', role: 'admin', organisation, rules }, { name: 'max', role: 'member', organisation, rules }]);
    });

    it.each([
      ['no token', null, 'unauthenticated'],
      ['an unknown token', 'cc_not-a-real-token', 'unknown-token'],
      ['a revoked token', 'REVOKED', 'unknown-token'],
    ])('answers 401 to %s', async (_case, token, code) => {
      const actual = await server.call('/contacts/changes', { token: token === 'REVOKED' ? revoked : token });
      expect([actual.status, actual.body]).toEqual([401, { error: { code, message: expect.any(String) } }]);
    });

    it('lets a member read but answers 403 to every write', async () => {
      const reads = [
        (await server.call('/contacts/changes', { token: server.member })).status,
        (await server.call('/me', { token: server.member })).status,
      ];
      const writes = [
        await server.call('/contacts', { method: 'POST', json: maria, token: server.member }),
        await server.call('/contacts/x', { method: 'PUT', json: maria, token: server.member, headers: { 'if-match': '1' } }),
        await server.call('/contacts/x', { method: 'DELETE', token: server.member, headers: { 'if-match': '1' } }),
        await server.call('/imports', { method: 'POST', json: [maria], token: server.member }),
        await server.call('/imports/x/undo', { method: 'POST', token: server.member }),
        await server.call('/audit', { token: server.member }),
      ].map((answer) => `${answer.status} ${answer.body.error.code}`);
      expect({ reads, writes }).toEqual({ reads: [200, 200], writes: Array(6).fill('403 forbidden') });
    });

    it('stores tokens as SHA-256 hashes only', async () => {
      const hashes = (await queryDatabase(server.db, 'SELECT hash FROM tokens')).map((row) => row.hash as string);
      const actual = { cleartext: hashes.includes(server.admin), shapes: hashes.every((hash) => /^[0-9a-f]{64}$/.test(hash)) };
      expect(actual).toEqual({ cleartext: false, shapes: true });
    });
  });

  describe('errors', () => {
    it('answers an unknown endpoint with the error shape, not a stack', async () => {
      const actual = await server.call('/nope');
      expect([actual.status, actual.body.error.code]).toEqual([404, 'no-such-endpoint']);
    });

    it('answers 400 malformed-json to a broken JSON body', async () => {
      const actual = await server.call('/contacts', { method: 'POST', body: '{"name": "Ana",', headers: { 'content-type': 'application/json' } });
      expect([actual.status, actual.body.error.code]).toEqual([400, 'malformed-json']);
    });

    it('answers a malformed URL and broken HTTP in the error shape too', async () => {
      const badUrl = await server.call('/contacts/%E0%A4%A');
      const net = await import('node:net');
      const raw = await new Promise<string>((resolve) => {
        const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
        let text = '';
        socket.on('data', (chunk) => (text += chunk));
        socket.on('close', () => resolve(text));
      });
      const rawBody = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
      expect([badUrl.status, badUrl.body.error.code, raw.split('\r\n')[0], rawBody.error.code]).toEqual([
        400,
        'bad-url',
        'HTTP/1.1 400 Bad Request',
        'bad-request',
      ]);
    });

    it('answers 400 to a page larger than 5,000', async () => {
      const actual = await server.call('/contacts/changes?limit=5001');
      expect([actual.status, actual.body.error.code]).toEqual([400, 'invalid-request']);
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('documents every endpoint of the API', async () => {
      const document = (await server.call('/openapi.json', { token: null })).body;
      const actual = Object.entries(document.paths as Record<string, object>)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
        .sort();
      const expected = [
        'DELETE /api/v1/contacts/{id}',
        'DELETE /api/v1/tokens/{id}',
        'GET /api/v1/audit',
        'GET /api/v1/contacts/changes',
        'GET /api/v1/contacts/{id}',
        'GET /api/v1/health',
        'GET /api/v1/me',
        'GET /api/v1/tokens',
        'POST /api/v1/contacts',
        'POST /api/v1/imports',
        'POST /api/v1/imports/{id}/undo',
        'POST /api/v1/tokens',
        'PUT /api/v1/contacts/{id}',
      ];
      expect(actual).toEqual(expected);
    });
  });

  describe('rate limit', () => {
    it('limits each token on its own and answers 429 in the error shape', async () => {
      const limited = await startTestServer({ rateLimitMax: 3 }, store);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.call('/me')).status);
      const over = await limited.call('/me');
      const other = await limited.call('/me', { token: limited.member });
      await limited.close();
      expect({ statuses, over: [over.status, over.body.error.code], other: other.status }).toEqual({
        statuses: [200, 200, 200, 429],
        over: [429, 'rate-limited'],
        other: 200,
      });
    });
  });

  /** GET /api/v1/me from another client address (Linux routes all of 127.0.0.0/8 to loopback). */
  function meFrom(localAddress: string, url: string, token: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.get(`${url}/api/v1/me`, { localAddress, headers: { authorization: `Bearer ${token}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
    });
  }

  describe('failed authentication limit (issue 9, defect 8)', () => {
    it('answers 429 with Retry-After to an address past its failed attempts, and leaves other addresses alone', async () => {
      const limited = await startTestServer({ authFailureMax: 3 }, store);
      try {
        const failures: number[] = [];
        for (let i = 0; i < 3; i++) failures.push((await limited.call('/me', { token: i === 0 ? null : `cc_guess-${i}` })).status);
        const blocked = await limited.call('/me', { token: 'cc_guess-4' });
        const blockedGood = await limited.call('/me');
        const otherGood = await meFrom('127.0.0.2', limited.url, limited.admin);
        const otherBad = await meFrom('127.0.0.2', limited.url, 'cc_guess-5');
        const health = await limited.call('/health', { token: null });
        const actual = {
          failures,
          blocked: [blocked.status, blocked.body.error.code, Number(blocked.headers.get('retry-after')) > 0],
          blockedGood: blockedGood.status,
          otherAddress: [otherGood, otherBad],
          health: health.status,
        };
        expect(actual).toEqual({
          failures: [401, 401, 401],
          blocked: [429, 'too-many-failed-logins', true],
          blockedGood: 429,
          otherAddress: [200, 401],
          health: 200,
        });
      } finally {
        await limited.close();
      }
    });
  });
});
