/**
 * Behind a reverse proxy (several instances, issue 10) every request comes from the proxy's address: with
 * CONTACTS_TRUST_PROXY naming the proxy, the per-address limit on failed authentication counts each client (from
 * X-Forwarded-For); without it, one client guessing tokens would lock every client out behind the same proxy.
 */
import { describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../../server/config';
import { startTestServer } from '../../fixtures/server-fixture';

/** Two failed attempts forwarded for one client, then a valid token forwarded for another. */
async function forwardedAnswers(config: Partial<ServerConfig>) {
  const server = await startTestServer({ authFailureMax: 2, ...config });
  try {
    const from = (client: string, token: string) => server.call('/me', { token, headers: { 'x-forwarded-for': client } });
    const guesses = [(await from('203.0.113.7', 'cc_guess-1')).status, (await from('203.0.113.7', 'cc_guess-2')).status];
    return { guesses, guesserAgain: (await from('203.0.113.7', server.admin)).status, otherClient: (await from('203.0.113.8', server.admin)).status };
  } finally {
    await server.close();
  }
}

describe('the client address behind a reverse proxy', () => {
  it('is the forwarded one when the proxy is trusted: one guessing client is limited, not the others', async () => {
    expect(await forwardedAnswers({ trustProxy: ['127.0.0.1'] })).toEqual({ guesses: [401, 401], guesserAgain: 429, otherClient: 200 });
  });

  it('is the proxy itself when it is not trusted: X-Forwarded-For is ignored, every client shares the limit', async () => {
    expect(await forwardedAnswers({})).toEqual({ guesses: [401, 401], guesserAgain: 429, otherClient: 429 });
  });
});
