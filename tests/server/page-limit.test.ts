import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

describeStores('page limits', (store) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, store);
  });
  afterAll(() => server.close());

  // Issue 9, defect 4: `Infinity` and `1e309` passed the integer check (Ajv coerces them to Infinity and skips the
  // bounds of a non-finite number), reached SQLite and answered 500 with a stack in the log.
  const BAD_LIMITS = ['Infinity', '-Infinity', '1e309', '-1', '0', 'abc', '2.5', '5001', ''];

  describe.each(['/contacts/changes', '/audit'])('GET /api/v1%s?limit=…', (endpoint) => {
    it.each(BAD_LIMITS)('answers 400 invalid-request with a message naming limit to limit=%s', async (limit) => {
      const actual = await server.call(`${endpoint}?limit=${encodeURIComponent(limit)}`);
      const expected = { status: 400, code: 'invalid-request', namesLimit: true };
      expect({ status: actual.status, code: actual.body?.error?.code, namesLimit: /limit/u.test(actual.body?.error?.message) }).toEqual(expected);
    });

    it('still takes a limit of 1 and of 5,000', async () => {
      const actual = [(await server.call(`${endpoint}?limit=1`)).status, (await server.call(`${endpoint}?limit=5000`)).status];
      expect(actual).toEqual([200, 200]);
    });
  });
});
