import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config';

describe('readConfig', () => {
  it('defaults to 127.0.0.1:8787 and data/contacts.sqlite', () => {
    const { host, port, db, maxContacts, bodyLimit } = readConfig([], {});
    expect({ host, port, db, maxContacts, bodyLimit }).toEqual({
      host: '127.0.0.1',
      port: 8787,
      db: 'data/contacts.sqlite',
      maxContacts: 1000,
      bodyLimit: 2 * 1024 * 1024,
    });
  });

  it('takes HOST, PORT, CONTACTS_DB and the allow-list from the environment, and flags over them', () => {
    const env = { HOST: '0.0.0.0', PORT: '9000', CONTACTS_DB: '/srv/a.sqlite', CONTACTS_ALLOWED_ORIGINS: 'chrome-extension://abc, moz-extension://*' };
    const { host, port, db, allowedOrigins } = readConfig(['--port', '9100', '--db', 'b.sqlite'], env);
    expect({ host, port, db, allowedOrigins }).toEqual({
      host: '0.0.0.0',
      port: 9100,
      db: 'b.sqlite',
      allowedOrigins: ['chrome-extension://abc', 'moz-extension://*'],
    });
  });

  it('limits failed authentication to 30 per address per minute by default, CONTACTS_AUTH_FAILURE_LIMIT changes it', () => {
    const actual = [readConfig([], {}), readConfig([], { CONTACTS_AUTH_FAILURE_LIMIT: '5' }), readConfig([], { CONTACTS_AUTH_FAILURE_LIMIT: '0' })].map(
      ({ authFailureMax, authFailureWindowMs }) => [authFailureMax, authFailureWindowMs],
    );
    expect(actual).toEqual([[30, 60_000], [5, 60_000], [0, 60_000]]);
  });

  it('takes the public URL (its origin) and the TLS files from flags or CONTACTS_PUBLIC_URL, CONTACTS_TLS_CERT, CONTACTS_TLS_KEY (issue 11)', () => {
    const env = { CONTACTS_PUBLIC_URL: 'https://contacts.example.com/api/v1/', CONTACTS_TLS_CERT: '/etc/c.pem', CONTACTS_TLS_KEY: '/etc/k.pem' };
    const pick = ({ publicUrl, tlsCert, tlsKey }: ReturnType<typeof readConfig>) => ({ publicUrl, tlsCert, tlsKey });
    const actual = [pick(readConfig([], {})), pick(readConfig([], env)), pick(readConfig(['--public-url', 'https://x.example:8443', '--tls-cert', 'c', '--tls-key', 'k'], env))];
    expect(actual).toEqual([
      { publicUrl: undefined, tlsCert: undefined, tlsKey: undefined },
      { publicUrl: 'https://contacts.example.com', tlsCert: '/etc/c.pem', tlsKey: '/etc/k.pem' },
      { publicUrl: 'https://x.example:8443', tlsCert: 'c', tlsKey: 'k' },
    ]);
  });

  it('shares the rate limit through CONTACTS_REDIS_URL (or --redis-url) and trusts the proxies CONTACTS_TRUST_PROXY names (issue 10)', () => {
    const pick = ({ redisUrl, redisPrefix, trustProxy }: ReturnType<typeof readConfig>) => ({ redisUrl, redisPrefix, trustProxy });
    const actual = [
      readConfig([], {}),
      readConfig([], { CONTACTS_REDIS_URL: 'redis://cache:6379/2', CONTACTS_REDIS_PREFIX: 'acme:', CONTACTS_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16' }),
      readConfig(['--redis-url', 'rediss://cache:6380'], { CONTACTS_REDIS_URL: 'redis://other:6379' }),
    ].map(pick);
    expect(actual).toEqual([
      { redisUrl: undefined, redisPrefix: 'contacts-rate-limit:', trustProxy: [] },
      { redisUrl: 'redis://cache:6379/2', redisPrefix: 'acme:', trustProxy: ['10.0.0.5', '10.1.0.0/16'] },
      { redisUrl: 'rediss://cache:6380', redisPrefix: 'contacts-rate-limit:', trustProxy: [] },
    ]);
  });

  it.each([
    [['--port', 'eighty'], '--port / PORT must be a whole number, got "eighty".'],
    [['--port', '70000'], '--port / PORT must be at most 65535, got 70000.'],
    [['--verbose'], "Unknown option '--verbose'. Usage: npm run server -- [--host H] [--port P] [--db FILE|postgres://URL] [--public-url URL] [--tls-cert FILE --tls-key FILE] [--redis-url redis://URL]"],
    [['--tls-cert', 'c.pem'], '--tls-cert needs --tls-key too: HTTPS needs both the certificate and its private key (or neither, for plain HTTP).'],
    [['--tls-key', 'k.pem'], '--tls-key needs --tls-cert too: HTTPS needs both the certificate and its private key (or neither, for plain HTTP).'],
    [['--public-url', 'contacts.example.com'], '--public-url / CONTACTS_PUBLIC_URL: "contacts.example.com" is not a server address. Write it as https://contacts.example.com or http://127.0.0.1:8787.'],
  ])('refuses %j with a message saying what to do', (argv, message) => {
    const actual = (() => {
      try {
        readConfig(argv, {});
        return 'accepted';
      } catch (error) {
        return error instanceof ConfigError ? error.message : error;
      }
    })();
    expect(actual).toEqual(message);
  });
});
