import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedOrigin } from '../../server/http/origin-policy';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('CORS', (store) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, store);
  });
  afterAll(() => server.close());

  const preflight = (origin: string) =>
    fetch(`${server.url}/api/v1/contacts`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  describe('origins', () => {
    it.each(['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://4b8f7c1e-1111-2222-3333-444455556666'])(
      'lets the extension origin %s call the API',
      async (origin) => {
        const options = await preflight(origin);
        const get = await server.call('/me', { headers: { origin } });
        const actual = [options.status, options.headers.get('access-control-allow-origin'), get.status, get.headers.get('access-control-allow-origin')];
        expect(actual).toEqual([204, origin, 200, origin]);
      },
    );

    it('refuses a web origin, before and after the preflight', async () => {
      const options = await preflight('https://evil.example.com');
      const get = await server.call('/me', { headers: { origin: 'https://evil.example.com' } });
      const actual = [options.status, options.headers.get('access-control-allow-origin'), get.status, get.body.error.code];
      expect(actual).toEqual([403, null, 403, 'origin-not-allowed']);
    });

    it('matches the allow-list setting: a trailing * is a prefix, anything else exact', () => {
      const patterns = ['chrome-extension://*', 'https://intranet.example.com'];
      const actual = ['chrome-extension://abc', 'chrome-extension://', 'https://intranet.example.com', 'https://intranet.example.com.evil.io', 'null'].map(
        (origin) => isAllowedOrigin(origin, patterns),
      );
      expect(actual).toEqual([true, false, true, false, false]);
    });
  });
});
