/**
 * PROPFIND (RFC 4918 §9.1) on the CardDAV resources (issue 12), Depth 0 or 1. Each property asked for is answered,
 * found (200) or not (404), inside the 207.
 */
import { listContacts } from './read-feed';
import { propstats, resourcePath, type DavContext, type DavResource } from './dav-properties';
import { badRequest, propRequest, rootElement, XML_TYPE, type DavReply, type DavRequest } from './dav-request';
import { DAV } from './dav-xml-parse';
import { multistatus, propResponse } from './dav-xml-write';

const NOT_FOUND: DavReply = { status: 404, body: 'There is no such resource in this address book.\n', headers: { 'content-type': 'text/plain; charset=utf-8' } };

export async function propfind(request: DavRequest): Promise<DavReply> {
  const { directory, path, depth } = request;
  let asked: ReturnType<typeof propRequest> = { kind: 'allprop' };
  if (request.body.trim() !== '') {
    const parsed = rootElement(request.body);
    if ('reply' in parsed) return parsed.reply;
    if (parsed.root.ns !== DAV || parsed.root.name !== 'propfind') return badRequest('A PROPFIND body must be a DAV:propfind element.');
    asked = propRequest(parsed.root);
  }

  const resources: DavResource[] = [];
  let lastSeq: number | null = null;
  switch (path.kind) {
    case 'none':
      return NOT_FOUND;
    case 'card': {
      const contact = await directory.reads.getContact(path.id);
      if (!contact || contact.deleted) return NOT_FOUND;
      resources.push({ kind: 'card', contact });
      break;
    }
    case 'root':
      resources.push({ kind: 'root' });
      if (depth === 1) resources.push({ kind: 'principal' }, { kind: 'home' });
      break;
    case 'principal':
      resources.push({ kind: 'principal' });
      break;
    case 'home':
      resources.push({ kind: 'home' });
      if (depth === 1) resources.push({ kind: 'book' });
      break;
    case 'book':
      resources.push({ kind: 'book' });
      if (depth === 1) {
        // The CTag shown is the seq the listing is current at, so a client storing both never misses a change.
        const listing = await listContacts(directory);
        lastSeq = listing.lastSeq;
        for (const contact of listing.contacts) resources.push({ kind: 'card', contact });
      }
      break;
  }
  if (lastSeq === null && resources.some((resource) => resource.kind === 'book')) lastSeq = await directory.reads.lastSeq();
  const context: DavContext = { tokenName: request.tokenName, bookName: directory.name, organization: directory.organization, lastSeq: lastSeq ?? 0 };
  const responses = resources.map((resource) => {
    const { found, missing } = propstats(resource, context, asked);
    return propResponse(resourcePath(resource), found, missing);
  });
  return { status: 207, body: multistatus(responses), headers: { 'content-type': XML_TYPE } };
}
