import { describe, expect, it } from 'vitest';
import { resolveDavPath } from '../../../server/carddav/dav-paths';
import { parseDavXml } from '../../../server/carddav/dav-xml-parse';
import { formatSyncToken, parseSyncToken } from '../../../server/carddav/sync-token';

const names = (body: string) => {
  const parsed = parseDavXml(body);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.root.children[0]!.children.map((c) => `${c.ns} ${c.name}`);
};

describe('parseDavXml', () => {
  it('names elements by namespace, whatever prefix or default namespace the client declared, and wherever', () => {
    const expected = ['DAV: getetag', 'urn:ietf:params:xml:ns:carddav address-data', 'http://calendarserver.org/ns/ getctag', 'urn:x other'];
    const prefixed = names(
      '<A:propfind xmlns:A="DAV:"><A:prop><A:getetag/><B:address-data xmlns:B="urn:ietf:params:xml:ns:carddav"/>' +
        '<C:getctag xmlns:C="http://calendarserver.org/ns/"/><other xmlns="urn:x"/></A:prop></A:propfind>',
    );
    const defaulted = names(
      '<propfind xmlns="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/">' +
        '<prop><getetag/><card:address-data/><cs:getctag/><x:other xmlns:x="urn:x"/></prop></propfind>',
    );
    expect({ prefixed, defaulted }).toEqual({ prefixed: expected, defaulted: expected });
  });

  it('decodes entities in text and reports a malformed body with its line', () => {
    const parsed = parseDavXml('<d:href xmlns:d="DAV:">/a&amp;b%20c</d:href>');
    expect('root' in parsed && parsed.root.text).toBe('/a&b%20c');
    expect(parseDavXml('<a>\n<b></a>')).toEqual({ error: expect.stringMatching(/^The request body is not well-formed XML \(line 2: /u) });
  });
});

describe('resolveDavPath', () => {
  it('reads paths and full URLs, encoded or not, with or without the trailing slash of a collection', () => {
    const actual = [
      '/dav',
      '/dav/addressbooks/directory',
      'https://contacts.example.com/dav/addressbooks/directory/0190a1b2-c3d4.vcf',
      '/dav/addressbooks/directory/a%20b.vcf',
      '/dav/addressbooks/directory/sub/x.vcf',
      '/dav/elsewhere/',
    ].map(resolveDavPath);
    expect(actual).toEqual([
      { kind: 'root' },
      { kind: 'book' },
      { kind: 'card', id: '0190a1b2-c3d4' },
      { kind: 'card', id: 'a b' },
      { kind: 'none' },
      { kind: 'none' },
    ]);
  });
});

describe('sync tokens', () => {
  it('round-trips a seq and refuses anything else', () => {
    const actual = [formatSyncToken(42), 'http://sabre.io/ns/sync/42', 'urn:x-company-contacts:sync:4x2', 'b905a5fd-ce23'].map(parseSyncToken);
    expect(actual).toEqual([42, null, null, null]);
  });
});
