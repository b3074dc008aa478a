/**
 * Reads a WebDAV request body (PROPFIND, REPORT) into elements named by namespace URI and local name (issue 12).
 * Clients pick their own prefixes (`D:`, `A:`, a default namespace…), so names are compared as (namespace, name)
 * pairs, never as prefixed text. fast-xml-parser does the parsing (with its limits on entity expansion); this file
 * only resolves the `xmlns` declarations in scope.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface DavElement {
  ns: string;
  name: string;
  attributes: Record<string, string>;
  children: DavElement[];
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function toElement(node: OrderedNode, scope: Record<string, string>): DavElement | null {
  const tag = Object.keys(node).find((key) => key !== ':@');
  if (tag === undefined || tag === '#text' || tag.startsWith('?') || tag === '#comment') return null;
  const raw = node[':@'] ?? {};
  const inner = { ...scope };
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'xmlns') inner[''] = value;
    else if (key.startsWith('xmlns:')) inner[key.slice(6)] = value;
    else attributes[key.includes(':') ? key.slice(key.indexOf(':') + 1) : key] = value;
  }
  const colon = tag.indexOf(':');
  const prefix = colon < 0 ? '' : tag.slice(0, colon);
  const childNodes = (node[tag] as OrderedNode[] | undefined) ?? [];
  const children: DavElement[] = [];
  let text = '';
  for (const child of childNodes) {
    if ('#text' in child) text += String(child['#text']);
    else {
      const element = toElement(child, inner);
      if (element) children.push(element);
    }
  }
  return { ns: inner[prefix] ?? '', name: colon < 0 ? tag : tag.slice(colon + 1), attributes, children, text };
}

/** The body's root element, or a message saying why the body is not XML. */
export function parseDavXml(body: string): { root: DavElement } | { error: string } {
  const valid = XMLValidator.validate(body);
  if (valid !== true) return { error: `The request body is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).` };
  const nodes = parser.parse(body) as OrderedNode[];
  for (const node of nodes) {
    const root = toElement(node, {});
    if (root) return { root };
  }
  return { error: 'The request body has no root element.' };
}

/** The first child named (ns, name), if any. */
export function child(element: DavElement, ns: string, name: string): DavElement | undefined {
  return element.children.find((c) => c.ns === ns && c.name === name);
}

export const DAV = 'DAV:';
export const CARDDAV = 'urn:ietf:params:xml:ns:carddav';
export const CALENDARSERVER = 'http://calendarserver.org/ns/';
