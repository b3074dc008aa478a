/**
 * Who may read the address book and what it refuses (issue 12): HTTP Basic with the device token as password, the
 * failed-authentication limit shared with the API, no CORS or origin rule, and every write answered 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, dav } from '../../fixtures/carddav';
import { startTestServer, type TestServer } from '../../fixtures/server-fixture';

const BOOK = '/dav/addressbooks/directory/';
const CHALLENGE = 'Basic realm="Company Contacts", charset="UTF-8"';

describe('access to the CardDAV address book', () => {
  let server: TestServer;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer();
    id = (await server.call('/contacts', { method: 'POST', json: { name: 'Maria Beck', phones: [{ type: 'work', number: '+15551234567' }] } })).body.id;
  });
  afterAll(async () => server?.close());

  it('takes any user name with a device token as password, member or admin', async () => {
    const statuses = await Promise.all(
      [server.member, server.admin].map(async (token) => (await dav(server.url, { method: 'PROPFIND', path: BOOK, depth: '0', token })).status),
    );
    expect(statuses).toEqual([207, 207]);
  });

  it.each([
    ['no credentials', undefined],
    ['a wrong token', basicAuth('cc_wrong')],
    ['an empty password', basicAuth('')],
    ['a bearer token', 'Bearer TOKEN'],
  ])('answers 401 with a Basic challenge to %s', async (_case, authorization) => {
    const headers: Record<string, string> = authorization === undefined ? {} : { authorization: authorization.replace('TOKEN', server.member) };
    const answer = await dav(server.url, { method: 'PROPFIND', path: BOOK, depth: '0', token: null, headers });
    expect([answer.status, answer.headers.get('www-authenticate')]).toEqual([401, CHALLENGE]);
  });

  it('ignores CORS and origins: bare OPTIONS gets the DAV header, a request with a web Origin is served', async () => {
    const options = await dav(server.url, { method: 'OPTIONS', path: BOOK, token: null });
    const withOrigin = await dav(server.url, { method: 'PROPFIND', path: BOOK, depth: '0', token: server.member, headers: { origin: 'https://example.com' } });
    expect([options.status, options.headers.get('dav'), options.headers.get('allow'), withOrigin.status]).toEqual([
      200,
      '1, 3, addressbook',
      'OPTIONS, GET, HEAD, PROPFIND, REPORT',
      207,
    ]);
    expect(withOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['PUT', 'DELETE', 'PROPPATCH', 'MKCOL', 'POST', 'MOVE'])('refuses %s with 403 DAV:need-privileges', async (method) => {
    const path = method === 'MKCOL' ? '/dav/addressbooks/new/' : `${BOOK}${id}.vcf`;
    const body = method === 'PUT' ? 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEND:VCARD\r\n' : undefined;
    const answer = await dav(server.url, { method, path, token: server.admin, body });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain(`<d:need-privileges><d:resource><d:href>${path}</d:href><d:privilege><d:write/></d:privilege>`);
    expect((await server.call(`/contacts/${id}`)).body).toMatchObject({ name: 'Maria Beck', deleted: false });
  });

  it('serves a card by GET as vCard 3.0, or 4.0 when asked, with its strong ETag, and 304 when unchanged', async () => {
    const path = `${BOOK}${id}.vcf`;
    const v3 = await dav(server.url, { method: 'GET', path, token: server.member });
    const v4 = await dav(server.url, { method: 'GET', path, token: server.member, headers: { accept: 'text/vcard; version=4.0' } });
    const again = await dav(server.url, { method: 'GET', path, token: server.member, headers: { 'if-none-match': '"1"' } });
    const actual = [v3.status, v3.headers.get('etag'), v3.headers.get('content-type'), v3.text.split('\r\n')[1], v4.text.split('\r\n')[1], again.status];
    expect(actual).toEqual([200, '"1"', 'text/vcard; charset=utf-8', 'VERSION:3.0', 'VERSION:4.0', 304]);
  });

  it('answers HEAD of a card with its ETag and no body, and the context path without its trailing slash', async () => {
    const head = await dav(server.url, { method: 'HEAD', path: `${BOOK}${id}.vcf`, token: server.member });
    const root = await dav(server.url, { method: 'PROPFIND', path: '/dav', depth: '0', token: server.member });
    expect([head.status, head.headers.get('etag'), head.text, root.status]).toEqual([200, '"1"', '', 207]);
  });

  it('answers 404 for a card that does not exist and for paths outside the service', async () => {
    const statuses = await Promise.all(
      [`${BOOK}nobody.vcf`, '/dav/elsewhere/'].map(async (path) => (await dav(server.url, { method: 'PROPFIND', path, depth: '0', token: server.member })).status),
    );
    expect(statuses).toEqual([404, 404]);
  });
});

describe('the failed-authentication limit on the address book', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ authFailureMax: 3 });
  });
  afterAll(async () => server?.close());

  it('does not count requests without credentials (how Basic starts), counts wrong Basic passwords, then blocks the address', async () => {
    const propfind = (token: string | null) => dav(server.url, { method: 'PROPFIND', path: BOOK, depth: '0', token });
    const challenges = [];
    for (let i = 0; i < 5; i++) challenges.push((await propfind(null)).status);
    const wrong = [];
    for (let i = 0; i < 3; i++) wrong.push((await propfind('cc_guess')).status);
    const blocked = await propfind(server.member);
    const api = await server.call('/me', { token: server.member });
    expect({ challenges, wrong, blocked: [blocked.status, Number(blocked.headers.get('retry-after')) > 0], api: api.status }).toEqual({
      challenges: [401, 401, 401, 401, 401],
      wrong: [401, 401, 401],
      blocked: [429, true],
      api: 429,
    });
  });
});
