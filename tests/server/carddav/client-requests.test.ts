/**
 * What Thunderbird, DAVx⁵ and iOS send, replayed against the real server (issue 12), checking the exact status
 * lines and statuses each of them acts on (client-requests.ts says where every body comes from).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dav, readMultistatus, type DavCall } from '../../fixtures/carddav';
import { startTestServer, type TestServer } from '../../fixtures/server-fixture';
import { davx5, ios, thunderbird } from './client-requests';

const BOOK = '/dav/addressbooks/directory/';
const OK = 'HTTP/1.1 200 OK';
const NOT_FOUND = 'HTTP/1.1 404 Not Found';

let server: TestServer;
const ids: string[] = [];
const card = (i: number) => `${BOOK}${ids[i]}.vcf`;
let send: (call: Omit<DavCall, 'token'> & { token?: string | null }) => ReturnType<typeof dav>;

beforeAll(async () => {
  server = await startTestServer();
  send = (call) => dav(server.url, { token: server.member, ...call });
  for (const name of ['Maria Beck', 'John Smith', 'Ana Lima']) {
    const created = await server.call('/contacts', { method: 'POST', json: { name, phones: [{ type: 'work', number: `+4930${name.length}55${ids.length}123` }] } });
    ids.push(created.body.id);
  }
});
afterAll(async () => server?.close());

describe('Thunderbird (built-in CardDAV address book)', () => {
  it('lists the book: its own response without getetag as a 404, each card with "HTTP/1.1 200 OK"', async () => {
    const answer = await send({ method: 'PROPFIND', path: BOOK, depth: '1', body: thunderbird.listing, userAgent: thunderbird.userAgent });
    expect(answer.status).toBe(207);
    const { responses } = readMultistatus(answer.text);
    expect(responses[0]).toMatchObject({ href: BOOK, props: { resourcetype: OK, getctag: OK, getetag: NOT_FOUND } });
    expect(responses.slice(1).map((r) => [r.href, r.props])).toEqual(
      ids.map((_, i) => [card(i), { resourcetype: OK, getetag: OK, getctag: NOT_FOUND }]),
    );
  });

  it('fetches cards by multiget with their ETag and vCard, and a 404 response for a card that is not there', async () => {
    const answer = await send({ method: 'REPORT', path: BOOK, depth: '1', body: thunderbird.multiget([card(0), `${BOOK}nobody.vcf`]), userAgent: thunderbird.userAgent });
    const { responses } = readMultistatus(answer.text);
    expect(responses.map((r) => [r.href, r.status, r.props])).toEqual([
      [card(0), undefined, { getetag: OK, 'address-data': OK }],
      [`${BOOK}nobody.vcf`, NOT_FOUND, {}],
    ]);
    expect(responses[0]!.values['address-data']).toContain('FN:Maria Beck\r\n');
  });

  it('reads the sync token, then syncs a deletion as a response whose status starts with "HTTP/1.1 404"', async () => {
    const first = readMultistatus((await send({ method: 'PROPFIND', path: BOOK, depth: '0', body: thunderbird.syncToken })).text);
    const token = first.responses[0]!.values['sync-token']!;
    expect(first.responses[0]!.props).toEqual({ displayname: OK, getctag: OK, 'sync-token': OK });
    await server.call(`/contacts/${ids[2]}`, { method: 'DELETE', headers: { 'if-match': '"1"' } });
    const answer = await send({ method: 'REPORT', path: BOOK, depth: '1', body: thunderbird.syncCollection(token), userAgent: thunderbird.userAgent });
    expect(answer.status).toBe(207);
    const synced = readMultistatus(answer.text);
    expect(synced.responses.map((r) => [r.href, r.status])).toEqual([[card(2), NOT_FOUND]]);
    expect(synced.syncToken).not.toBe(token);
  });

  it('gets 400 for a sync token the server does not know: the one status on which it fetches everything again', async () => {
    const answer = await send({ method: 'REPORT', path: BOOK, depth: '1', body: thunderbird.syncCollection('urn:x-company-contacts:sync:999999'), userAgent: thunderbird.userAgent });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<d:valid-sync-token/>');
  });
});

describe('DAVx⁵', () => {
  it('finds the home set, on the principal or on the address it was given, and the read-only address book', async () => {
    for (const path of ['/dav/principal/', '/dav/']) {
      const answer = readMultistatus((await send({ method: 'PROPFIND', path, depth: '0', body: davx5.homeSet, userAgent: davx5.userAgent })).text);
      expect(answer.responses[0]!.props).toEqual({ 'addressbook-home-set': OK, 'current-user-principal': OK });
      expect(answer.responses[0]!.values['addressbook-home-set']).toContain('/dav/addressbooks/');
    }
    const home = readMultistatus((await send({ method: 'PROPFIND', path: '/dav/addressbooks/', depth: '1', body: davx5.collections, userAgent: davx5.userAgent })).text);
    const book = home.responses.find((r) => r.href === BOOK)!;
    expect(book.props).toEqual({
      resourcetype: OK,
      displayname: OK,
      owner: OK,
      'current-user-privilege-set': OK,
      'addressbook-description': OK,
      'supported-calendar-component-set': NOT_FOUND,
    });
    expect(book.values['current-user-privilege-set']).not.toContain('write');
  });

  it('reads the capabilities: vCard 4.0 and sync-collection supported', async () => {
    const answer = readMultistatus((await send({ method: 'PROPFIND', path: BOOK, depth: '0', body: davx5.capabilities, userAgent: davx5.userAgent })).text);
    const { props, values } = answer.responses[0]!;
    expect(props).toEqual({ 'max-resource-size': NOT_FOUND, 'supported-address-data': OK, 'supported-report-set': OK, getctag: OK, 'sync-token': OK });
    expect(values['supported-address-data']).toContain('"version":"4.0"');
    expect(values['supported-report-set']).toContain('sync-collection');
  });

  it('syncs from no token (every live card), then downloads them as vCard 4.0 by multiget', async () => {
    const answer = await send({ method: 'REPORT', path: BOOK, depth: '0', body: davx5.syncCollection(''), userAgent: davx5.userAgent });
    const synced = readMultistatus(answer.text);
    expect(synced.responses.map((r) => [r.href, r.props])).toEqual([[card(0), { getetag: OK }], [card(1), { getetag: OK }]]);
    const cards = readMultistatus((await send({ method: 'REPORT', path: BOOK, depth: '1', body: davx5.multiget([card(0), card(1)]) })).text);
    expect(cards.responses.map((r) => r.values['address-data']!.split('\r\n')[1])).toEqual(['VERSION:4.0', 'VERSION:4.0']);
    expect(cards.responses[0]!.props).toEqual({ getcontenttype: OK, getetag: OK, 'address-data': OK });
  });

  it('gets 403 with the DAV:valid-sync-token precondition for an unknown token, on which it resyncs from scratch', async () => {
    const answer = await send({ method: 'REPORT', path: BOOK, depth: '0', body: davx5.syncCollection('http://sabre.io/ns/sync/12'), userAgent: davx5.userAgent });
    expect(answer.status).toBe(403);
    expect(answer.text).toMatch(/<d:error [^>]*><d:valid-sync-token\/><\/d:error>/u);
  });
});

describe('iOS and macOS Contacts', () => {
  it('is sent from /.well-known/carddav to the context path, without credentials', async () => {
    const answer = await send({ method: 'PROPFIND', path: '/.well-known/carddav', token: null, depth: '0', body: ios.principal, userAgent: ios.userAgent });
    expect([answer.status, answer.headers.get('location')]).toEqual([301, '/dav/']);
  });

  it('is challenged for Basic credentials, then finds its principal', async () => {
    const challenged = await send({ method: 'PROPFIND', path: '/dav/', token: null, depth: '0', body: ios.principal, userAgent: ios.userAgent });
    expect([challenged.status, challenged.headers.get('www-authenticate')]).toEqual([401, 'Basic realm="Company Contacts", charset="UTF-8"']);
    const answer = readMultistatus((await send({ method: 'PROPFIND', path: '/dav/', depth: '0', body: ios.principal, userAgent: ios.userAgent })).text);
    expect(answer.responses[0]!.props).toEqual({ 'current-user-principal': OK, 'principal-URL': NOT_FOUND, resourcetype: OK });
    expect(answer.responses[0]!.values['current-user-principal']).toContain('/dav/principal/');
  });

  it('sees "addressbook" in the DAV header of a bare OPTIONS on the principal', async () => {
    const answer = await send({ method: 'OPTIONS', path: '/dav/principal/', token: null, userAgent: ios.userAgent });
    expect([answer.status, answer.headers.get('dav'), answer.headers.get('access-control-allow-origin')]).toEqual([200, '1, 3, addressbook', null]);
  });

  it('reads the principal and the home, unknown Apple properties answered 404 inside the 207', async () => {
    const principal = readMultistatus((await send({ method: 'PROPFIND', path: '/dav/principal/', depth: '0', body: ios.principalProps, userAgent: ios.userAgent })).text);
    expect(principal.responses[0]!.props).toMatchObject({ 'addressbook-home-set': OK, displayname: OK, 'email-address-set': NOT_FOUND, 'directory-gateway': NOT_FOUND });
    const home = readMultistatus((await send({ method: 'PROPFIND', path: '/dav/addressbooks/', depth: '1', body: ios.home, userAgent: ios.userAgent })).text);
    const book = home.responses.find((r) => r.href === BOOK)!;
    expect(book.props).toMatchObject({ resourcetype: OK, getctag: OK, 'sync-token': OK, 'bulk-requests': NOT_FOUND, 'me-card': NOT_FOUND, 'push-transports': NOT_FOUND });
  });

  it('syncs with its token, then fetches the change by multiget', async () => {
    const token = readMultistatus((await send({ method: 'PROPFIND', path: BOOK, depth: '0', body: ios.home })).text).responses[0]!.values['sync-token']!;
    await server.call(`/contacts/${ids[0]}`, { method: 'PUT', headers: { 'if-match': '"1"' }, json: { name: 'Maria Beck-Huber', phones: [{ type: 'work', number: '+493010551123' }] } });
    const synced = readMultistatus((await send({ method: 'REPORT', path: BOOK, depth: '0', body: ios.syncCollection(token), userAgent: ios.userAgent })).text);
    expect(synced.responses.map((r) => [r.href, r.props])).toEqual([[card(0), { getetag: OK }]]);
    const cards = readMultistatus((await send({ method: 'REPORT', path: BOOK, depth: '1', body: ios.multiget([card(0)]) })).text);
    expect(cards.responses[0]!.values['address-data']).toContain('FN:Maria Beck-Huber\r\n');
  });

  it('gets 403 valid-sync-token for a token of its own making (radar 46163430)', async () => {
    const answer = await send({ method: 'REPORT', path: BOOK, depth: '0', body: ios.syncCollection('b905a5fd-ce23-4190-9be3-236969d071a8'), userAgent: 'Mac OS X/14.5 (23F79) AddressBookCore/2452.600.4' });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('<d:valid-sync-token/>');
  });
});
