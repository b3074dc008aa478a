/**
 * The WebDAV properties of each resource of the CardDAV service (issue 12), and the propstats that answer a
 * PROPFIND or a REPORT's <prop>: each property asked for is found (200) or not (404), never left out.
 */
import type { Contact } from '../../lib/contact/contact';
import { contactVcard, type VcardVersion } from '../../lib/vcard/contact-vcard';
import { BOOK, cardPath, HOME, PRINCIPAL, ROOT } from './dav-paths';
import { CALENDARSERVER, CARDDAV, DAV, type DavElement } from './dav-xml-parse';
import { element, escapeXml, href } from './dav-xml-write';
import { formatSyncToken } from './sync-token';

/** What a resource's properties are made of, read once per request. */
export interface DavContext {
  /** The calling token's name: the principal's display name. */
  tokenName: string;
  /** The address book's display name. */
  bookName: string;
  organization?: string;
  /** The feed's latest seq (the CTag and sync-token), read for requests that show the address book. */
  lastSeq: number;
}

export type DavResource = { kind: 'root' | 'principal' | 'home' | 'book' } | { kind: 'card'; contact: Contact };

/** A property's whole element, given the element that asked for it (address-data's version attribute). */
type Property = (asked: DavElement | undefined) => string;

const key = (ns: string, name: string) => `${ns} ${name}`;

/** The properties `allprop` returns: the cheap, descriptive ones (RFC 4918 §9.1, RFC 6352 §10.4, RFC 6578 §4). */
const ALLPROP = new Set([
  key(DAV, 'resourcetype'),
  key(DAV, 'displayname'),
  key(DAV, 'getetag'),
  key(DAV, 'getcontenttype'),
  key(DAV, 'getlastmodified'),
  key(CALENDARSERVER, 'getctag'),
]);

const REPORTS = ['addressbook-multiget', 'addressbook-query']
  .map((name) => `<d:supported-report><d:report>${element(CARDDAV, name)}</d:report></d:supported-report>`)
  .join('');
const SUPPORTED_REPORTS = `${REPORTS}<d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report>`;

/** vCard 4.0 when the client's address-data asks for it (RFC 6352 §10.4), else 3.0, what every client reads. */
export function askedVersion(asked: DavElement | undefined): VcardVersion {
  return asked?.attributes.version === '4.0' ? '4.0' : '3.0';
}

export const cardEtag = (contact: Contact) => `"${contact.version}"`;
export const CARD_CONTENT_TYPE = 'text/vcard; charset=utf-8';

const constant = (ns: string, name: string, inner: string): [string, Property] => {
  const xml = element(ns, name, inner);
  return [key(ns, name), () => xml];
};

/** The properties every resource has, built once. */
const COMMON: [string, Property][] = [
  constant(DAV, 'current-user-principal', href(PRINCIPAL)),
  constant(DAV, 'principal-collection-set', href(PRINCIPAL)),
  // Read only: the directory is edited by admins in the console.
  constant(DAV, 'current-user-privilege-set', '<d:privilege><d:read/></d:privilege><d:privilege><d:read-current-user-privilege-set/></d:privilege>'),
  constant(DAV, 'owner', href(PRINCIPAL)),
];

function properties(resource: DavResource, context: DavContext): Map<string, Property> {
  const map = new Map<string, Property>(COMMON);
  const set = (ns: string, name: string, value: Property | string) =>
    map.set(key(ns, name), typeof value === 'string' ? () => element(ns, name, value) : value);
  switch (resource.kind) {
    case 'root':
    case 'home':
      set(DAV, 'resourcetype', '<d:collection/>');
      set(DAV, 'displayname', escapeXml(context.bookName));
      set(DAV, 'supported-report-set', '');
      // Clients that ask the address they were given for the home set directly (not via the principal) find it.
      set(CARDDAV, 'addressbook-home-set', href(HOME));
      break;
    case 'principal':
      set(DAV, 'resourcetype', '<d:collection/><d:principal/>');
      set(DAV, 'displayname', escapeXml(context.tokenName));
      set(DAV, 'principal-URL', href(PRINCIPAL));
      set(CARDDAV, 'addressbook-home-set', href(HOME));
      set(DAV, 'supported-report-set', '');
      break;
    case 'book':
      set(DAV, 'resourcetype', `<d:collection/>${element(CARDDAV, 'addressbook')}`);
      set(DAV, 'displayname', escapeXml(context.bookName));
      set(CARDDAV, 'addressbook-description', escapeXml(`${context.bookName} (read only)`));
      set(CALENDARSERVER, 'getctag', String(context.lastSeq));
      set(DAV, 'sync-token', escapeXml(formatSyncToken(context.lastSeq)));
      set(DAV, 'supported-report-set', SUPPORTED_REPORTS);
      set(
        CARDDAV,
        'supported-address-data',
        ['3.0', '4.0'].map((version) => `<card:address-data-type content-type="text/vcard" version="${version}"/>`).join(''),
      );
      break;
    case 'card': {
      const { contact } = resource;
      set(DAV, 'resourcetype', '');
      set(DAV, 'getetag', escapeXml(cardEtag(contact)));
      set(DAV, 'getcontenttype', CARD_CONTENT_TYPE);
      set(DAV, 'getlastmodified', new Date(contact.updatedAt).toUTCString());
      set(CARDDAV, 'address-data', (asked) =>
        element(CARDDAV, 'address-data', escapeXml(contactVcard(contact, { version: askedVersion(asked), organization: context.organization }))),
      );
      break;
    }
  }
  return map;
}

/** What a request asks of each resource: named properties, all (cheap) properties, or only their names. */
export type PropRequest = { kind: 'prop'; props: DavElement[] } | { kind: 'allprop' } | { kind: 'propname' };

/** The found and missing property elements of `resource` for `request`, as propResponse takes them. */
export function propstats(resource: DavResource, context: DavContext, request: PropRequest): { found: string[]; missing: string[] } {
  const available = properties(resource, context);
  if (request.kind === 'propname') {
    return { found: [...available.keys()].map((k) => element(k.slice(0, k.indexOf(' ')), k.slice(k.indexOf(' ') + 1))), missing: [] };
  }
  if (request.kind === 'allprop') {
    return { found: [...available].filter(([k]) => ALLPROP.has(k)).map(([, value]) => value(undefined)), missing: [] };
  }
  const found: string[] = [];
  const missing: string[] = [];
  for (const asked of request.props) {
    const value = available.get(key(asked.ns, asked.name));
    if (value) found.push(value(asked));
    else missing.push(element(asked.ns, asked.name));
  }
  return { found, missing };
}

/** The path of a resource, for its response's href. */
export function resourcePath(resource: DavResource): string {
  if (resource.kind === 'card') return cardPath(resource.contact.id);
  return { root: ROOT, principal: PRINCIPAL, home: HOME, book: BOOK }[resource.kind];
}
