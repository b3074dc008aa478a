/**
 * Writes WebDAV answers (issue 12): a 207 multistatus of responses and propstats, and DAV:error bodies. A small
 * escaped writer rather than an XML builder: the answers are a handful of fixed shapes, and a full sync of 10,000
 * cards is one string concatenation. Every text and attribute value goes through `escapeXml`.
 */
import { CALENDARSERVER, CARDDAV, DAV } from './dav-xml-parse';

const PREFIXES: Record<string, string> = { [DAV]: 'd', [CARDDAV]: 'card', [CALENDARSERVER]: 'cs' };

/** The exact status lines clients compare (Thunderbird tests `== "HTTP/1.1 200 OK"`). */
export const STATUS = {
  ok: 'HTTP/1.1 200 OK',
  notFound: 'HTTP/1.1 404 Not Found',
  insufficientStorage: 'HTTP/1.1 507 Insufficient Storage',
} as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/**
 * Escapes text and attribute values. CR is written as a character reference: XML parsers turn a raw CRLF into LF,
 * and a vCard's lines end in CRLF (RFC 6350 §3.2), so clients get the card back byte for byte.
 */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"\r]/g, (c) => ENTITIES[c]!);
}

/**
 * One element in namespace `ns`: a known namespace uses its prefix (declared on the multistatus), any other one
 * (a property a client asked for that we do not know) declares itself on the element.
 */
export function element(ns: string, name: string, inner = ''): string {
  const prefix = PREFIXES[ns];
  const open = prefix ? `${prefix}:${name}` : `x:${name} xmlns:x="${escapeXml(ns)}"`;
  const close = prefix ? `${prefix}:${name}` : `x:${name}`;
  return inner === '' ? `<${open}/>` : `<${open}>${inner}</${close}>`;
}

export const href = (path: string) => `<d:href>${escapeXml(path)}</d:href>`;

/** A response with one propstat per status (properties found, properties not found), skipping empty ones. */
export function propResponse(path: string, found: readonly string[], missing: readonly string[] = []): string {
  let xml = `<d:response>${href(path)}`;
  if (found.length > 0) xml += `<d:propstat><d:prop>${found.join('')}</d:prop><d:status>${STATUS.ok}</d:status></d:propstat>`;
  if (missing.length > 0) xml += `<d:propstat><d:prop>${missing.join('')}</d:prop><d:status>${STATUS.notFound}</d:status></d:propstat>`;
  return `${xml}</d:response>`;
}

/** A response carrying only a status: a member that does not exist (404), or a truncated result (507). */
export function statusResponse(path: string, status: string, error = ''): string {
  return `<d:response>${href(path)}<d:status>${status}</d:status>${error === '' ? '' : `<d:error>${error}</d:error>`}</d:response>`;
}

const DECLARATIONS = Object.entries(PREFIXES)
  .map(([ns, prefix]) => `xmlns:${prefix}="${ns}"`)
  .join(' ');

/** The 207 body: the responses, then anything that follows them (the sync-token of a sync-collection). */
export function multistatus(responses: readonly string[], after = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus ${DECLARATIONS}>${responses.join('')}${after}</d:multistatus>\n`;
}

/** A DAV:error body naming the precondition that failed (RFC 4918 §16), e.g. `<d:valid-sync-token/>`. */
export function davError(condition: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:error ${DECLARATIONS}>${condition}</d:error>\n`;
}
