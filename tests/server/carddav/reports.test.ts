/**
 * The address book's REPORTs beyond what the clients' fixtures cover (issue 12): addressbook-query filters and
 * limits, sync-collection limits and tokens, PROPFIND's allprop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dav, readMultistatus } from '../../fixtures/carddav';
import { startTestServer, type TestServer } from '../../fixtures/server-fixture';

const BOOK = '/dav/addressbooks/directory/';
const NS = 'xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"';
const query = (filter: string, extra = '') => `<c:addressbook-query ${NS}><d:prop><d:getetag/></d:prop>${filter}${extra}</c:addressbook-query>`;
const sync = (token: string, extra = '') => `<d:sync-collection ${NS}><d:sync-token>${token}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop>${extra}</d:sync-collection>`;

describe('address book reports', () => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const report = (body: string) => dav(server.url, { method: 'REPORT', path: BOOK, depth: '1', token: server.member, body });
  const names = (xml: string) => readMultistatus(xml).responses.filter((r) => r.href !== BOOK).map((r) => Object.entries(ids).find(([, id]) => r.href.includes(id))?.[0] ?? r.href);

  beforeAll(async () => {
    server = await startTestServer();
    const people = [
      { name: 'Maria Beck', email: 'maria.beck@example.com', phones: [{ type: 'work', number: '+15551234567' }] },
      { name: 'Jürgen Weiß', position: 'Sales', email: 'j.weiss@example.de', phones: [{ type: 'work', number: '+4930123456' }] },
      { name: 'Ana Lima', phones: [{ type: 'work', number: '+5511987654321' }] },
    ];
    for (const person of people) ids[person.name] = (await server.call('/contacts', { method: 'POST', json: person })).body.id;
  });
  afterAll(async () => server?.close());

  describe('addressbook-query', () => {
    it('lists every card without a filter', async () => {
      expect(names((await report(query(''))).text)).toEqual(['Maria Beck', 'Jürgen Weiß', 'Ana Lima']);
    });

    it.each([
      ['a name, whatever its case', '<c:prop-filter name="FN"><c:text-match>JÜRGEN</c:text-match></c:prop-filter>', ['Jürgen Weiß']],
      ['an email domain', '<c:prop-filter name="EMAIL"><c:text-match match-type="ends-with">example.com</c:text-match></c:prop-filter>', ['Maria Beck']],
      ['a phone as people write it', '<c:prop-filter name="TEL"><c:text-match>+49 30</c:text-match></c:prop-filter>', ['Jürgen Weiß']],
      ['a phone in E.164', '<c:prop-filter name="TEL"><c:text-match match-type="starts-with">+55</c:text-match></c:prop-filter>', ['Ana Lima']],
      ['no email', '<c:prop-filter name="EMAIL"><c:is-not-defined/></c:prop-filter>', ['Ana Lima']],
      ['a title that is defined', '<c:prop-filter name="TITLE"/>', ['Jürgen Weiß']],
      ['a negated name (no "a" in it)', '<c:prop-filter name="FN"><c:text-match negate-condition="yes">a</c:text-match></c:prop-filter>', ['Jürgen Weiß']],
    ])('matches %s', async (_case, propFilter, expected) => {
      expect(names((await report(query(`<c:filter>${propFilter}</c:filter>`))).text)).toEqual(expected);
    });

    it('combines prop-filters with anyof (the default) or allof', async () => {
      const both = '<c:prop-filter name="FN"><c:text-match>Lima</c:text-match></c:prop-filter><c:prop-filter name="EMAIL"><c:text-match>maria</c:text-match></c:prop-filter>';
      const anyof = names((await report(query(`<c:filter>${both}</c:filter>`))).text);
      const allof = names((await report(query(`<c:filter test="allof">${both}</c:filter>`))).text);
      expect({ anyof, allof }).toEqual({ anyof: ['Maria Beck', 'Ana Lima'], allof: [] });
    });

    it('cuts the result at the client limit and says so with a 507 on the address book', async () => {
      const answer = await report(query('', '<c:limit><c:nresults>2</c:nresults></c:limit>'));
      const { responses } = readMultistatus(answer.text);
      expect(responses.map((r) => r.status ?? 'card')).toEqual(['card', 'card', 'HTTP/1.1 507 Insufficient Storage']);
      expect(answer.text).toContain('<d:number-of-matches-within-limits/>');
    });

    it('refuses an unknown collation with 403 CARDDAV:supported-collation', async () => {
      const answer = await report(query('<c:filter><c:prop-filter name="FN"><c:text-match collation="i;klingon">x</c:text-match></c:prop-filter></c:filter>'));
      expect([answer.status, answer.text.includes('<card:supported-collation/>')]).toEqual([403, true]);
    });
  });

  describe('sync-collection', () => {
    it('pages an initial sync at the client limit: a 507, then the rest from the token it gave', async () => {
      const first = readMultistatus((await report(sync('', '<d:limit><d:nresults>2</d:nresults></d:limit>'))).text);
      expect(first.responses.map((r) => r.status ?? 'card')).toEqual(['card', 'card', 'HTTP/1.1 507 Insufficient Storage']);
      const rest = await report(sync(first.syncToken!));
      expect(names(rest.text)).toEqual(['Ana Lima']);
    });

    it('refuses a token ahead of the feed (a database restored from an older backup) with 403 valid-sync-token', async () => {
      const current = readMultistatus((await report(sync(''))).text).syncToken!;
      const ahead = current.replace(/\d+$/u, (seq) => String(Number(seq) + 1));
      const answer = await report(sync(ahead));
      expect([answer.status, answer.text.includes('<d:valid-sync-token/>')]).toEqual([403, true]);
    });

    it('answers an unknown report with 403 DAV:supported-report', async () => {
      const answer = await report('<d:expand-property xmlns:d="DAV:"/>');
      expect([answer.status, answer.text.includes('<d:supported-report/>')]).toEqual([403, true]);
    });

    it('answers 400 to a body that is not XML, saying where', async () => {
      const answer = await report('<d:sync-collection xmlns:d="DAV:">');
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(/not well-formed XML \(line 1/u);
    });
  });

  describe('PROPFIND', () => {
    it('answers an empty body (allprop) with the descriptive properties only, and Depth infinity as Depth 1', async () => {
      const answer = await dav(server.url, { method: 'PROPFIND', path: BOOK, depth: 'infinity', token: server.member });
      const { responses } = readMultistatus(answer.text);
      expect(responses[0]!.props).toEqual({ resourcetype: 'HTTP/1.1 200 OK', displayname: 'HTTP/1.1 200 OK', getctag: 'HTTP/1.1 200 OK' });
      expect(responses).toHaveLength(4);
    });
  });
});
