/**
 * Issue 3's "request timeouts": a client that starts a request and never finishes it (a slow upload, a stalled
 * connection) gets a 408 in the error shape and its socket is closed, instead of holding the server's resources.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('timeouts', (store) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ requestTimeoutMs: 300 }, store);
  });
  afterAll(() => server.close());

  /** Sends `head` and a part of the body, then waits for whatever the server answers until it closes the socket. */
  function stalledUpload(head: string, partialBody: string): Promise<{ answer: string; ms: number }> {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const start = Date.now();
      let answer = '';
      const socket = net.connect(Number(port), hostname, () => socket.write(head + partialBody));
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve({ answer, ms: Date.now() - start }));
      socket.on('error', reject);
      // A guard so a server that never times out fails the test rather than hanging it.
      setTimeout(() => socket.destroy(new Error('no answer within 10 s')), 10_000).unref();
    });
  }

  describe('request timeouts', () => {
    it('answers 408 with the error shape to an upload that stalls, and closes the connection', async () => {
      const head = [
        'POST /api/v1/imports?file=slow.csv HTTP/1.1',
        `Host: ${new URL(server.url).host}`,
        `Authorization: Bearer ${server.admin}`,
        'Content-Type: text/csv',
        'Content-Length: 10000',
        '',
        '',
      ].join('\r\n');
      const { answer, ms } = await stalledUpload(head, 'contact-name,position,email,work-phone');
      const [statusLine] = answer.split('\r\n');
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;
      expect({ statusLine, body, closedAfterTimeout: ms >= 300 }).toEqual({
        statusLine: 'HTTP/1.1 408 Request Timeout',
        body: { error: { code: 'request-timeout', message: expect.stringContaining('took too long') } },
        closedAfterTimeout: true,
      });
    }, 20_000);
  });
});
