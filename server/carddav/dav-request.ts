/**
 * What every CardDAV handler takes and returns (issue 12): the caller's directory and the parsed request in, a
 * status, body and headers out. Handlers never see Fastify, so the routes file alone speaks HTTP.
 */
import type { CardDavDirectory } from './directory-for';
import type { DavPath } from './dav-paths';
import { child, DAV, parseDavXml, type DavElement } from './dav-xml-parse';
import type { PropRequest } from './dav-properties';

export interface DavRequest {
  directory: CardDavDirectory;
  tokenName: string;
  path: DavPath;
  /** The Depth header: 0 or 1 (infinity is served as 1, as sabre/dav does by default). */
  depth: 0 | 1;
  body: string;
  userAgent: string;
}

export interface DavReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export const XML_TYPE = 'application/xml; charset=utf-8';

/** A 400 for a body the handler cannot read, saying what is wrong. */
export function badRequest(message: string): DavReply {
  return { status: 400, body: `${message}\n`, headers: { 'content-type': 'text/plain; charset=utf-8' } };
}

/** The body's root element, which must be `ns:name`; else the 400 to send. */
export function rootElement(body: string): { root: DavElement } | { reply: DavReply } {
  const parsed = parseDavXml(body);
  if ('error' in parsed) return { reply: badRequest(parsed.error) };
  return parsed;
}

/** The <prop>, <allprop/> or <propname/> child of a PROPFIND or REPORT body (none: allprop). */
export function propRequest(parent: DavElement): PropRequest {
  for (const child of parent.children) {
    if (child.ns !== DAV) continue;
    if (child.name === 'prop') return { kind: 'prop', props: child.children };
    if (child.name === 'allprop') return { kind: 'allprop' };
    if (child.name === 'propname') return { kind: 'propname' };
  }
  return { kind: 'allprop' };
}

export const xmlReply = (status: number, body: string): DavReply => ({ status, body, headers: { 'content-type': XML_TYPE } });

/** The `<limit><nresults>` of a query or sync (RFC 5323 §5.17), if any. */
export function nresults(root: DavElement, ns: string): number | undefined {
  const limit = child(root, ns, 'limit');
  const text = limit && child(limit, ns, 'nresults')?.text.trim();
  return text && /^\d{1,9}$/u.test(text) && Number(text) > 0 ? Number(text) : undefined;
}
