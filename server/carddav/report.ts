/**
 * REPORT on the address book (issue 12): addressbook-multiget and addressbook-query (RFC 6352 §8.6, §8.7) and
 * sync-collection (RFC 6578). Any other report, or a report elsewhere, is 403 DAV:supported-report (RFC 3253 §3.6).
 */
import { compileFilter } from './address-filter';
import { BOOK, cardPath, resolveDavPath } from './dav-paths';
import type { DavContext } from './dav-properties';
import { nresults, rootElement, xmlReply, type DavReply, type DavRequest } from './dav-request';
import { cardResponse } from './card-response';
import { CARDDAV, child, DAV, type DavElement } from './dav-xml-parse';
import { davError, multistatus, STATUS, statusResponse } from './dav-xml-write';
import { listContacts } from './read-feed';
import { syncCollection } from './sync-collection';

async function multiget(request: DavRequest, root: DavElement): Promise<DavReply> {
  const hrefs = root.children.filter((c) => c.ns === DAV && c.name === 'href').map((c) => c.text.trim());
  const ids = new Map<string, string>();
  for (const href of hrefs) {
    const path = resolveDavPath(href);
    if (path.kind === 'card') ids.set(href, path.id);
  }
  const contacts = new Map((await request.directory.reads.getContacts([...new Set(ids.values())])).map((c) => [c.id, c]));
  const context: DavContext = { tokenName: request.tokenName, bookName: request.directory.name, organization: request.directory.organization, lastSeq: 0 };
  const responses = hrefs.map((href) => {
    const id = ids.get(href);
    const contact = id === undefined ? undefined : contacts.get(id);
    // The href as the client wrote it: clients find their card by comparing it (Thunderbird's _href).
    return contact && !contact.deleted ? cardResponse(href, contact, context, root) : statusResponse(href, STATUS.notFound);
  });
  return xmlReply(207, multistatus(responses));
}

async function query(request: DavRequest, root: DavElement): Promise<DavReply> {
  const { directory } = request;
  const filter = compileFilter(child(root, CARDDAV, 'filter'), directory.organization);
  if ('precondition' in filter) return xmlReply(403, davError(filter.precondition));
  const listing = await listContacts(directory);
  const matches = listing.contacts.filter(filter.test);
  const limit = nresults(root, CARDDAV);
  const context: DavContext = { tokenName: request.tokenName, bookName: directory.name, organization: directory.organization, lastSeq: listing.lastSeq };
  const responses = matches.slice(0, limit).map((contact) => cardResponse(cardPath(contact.id), contact, context, root));
  // RFC 6352 §8.6.1: a result cut at the client's limit ends with a 507 on the address book.
  if (limit !== undefined && matches.length > limit) {
    responses.push(statusResponse(BOOK, STATUS.insufficientStorage, '<d:number-of-matches-within-limits/>'));
  }
  return xmlReply(207, multistatus(responses));
}

export async function report(request: DavRequest): Promise<DavReply> {
  const parsed = rootElement(request.body);
  if ('reply' in parsed) return parsed.reply;
  const { root } = parsed;
  const onBook = request.path.kind === 'book';
  if (onBook && root.ns === CARDDAV && root.name === 'addressbook-multiget') return multiget(request, root);
  if (onBook && root.ns === CARDDAV && root.name === 'addressbook-query') return query(request, root);
  if (onBook && root.ns === DAV && root.name === 'sync-collection') return syncCollection(request, root);
  return xmlReply(403, davError('<d:supported-report/>'));
}
