/** GET (and HEAD) of a card (issue 12): its vCard, 3.0 unless the Accept header asks for 4.0, with its strong ETag. */
import { contactVcard } from '../../lib/vcard/contact-vcard';
import { CARD_CONTENT_TYPE, cardEtag } from './dav-properties';
import type { DavReply, DavRequest } from './dav-request';
import { READ_METHODS } from './read-only';

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

export async function getCard(request: DavRequest, accept: string, ifNoneMatch: string | undefined): Promise<DavReply> {
  const { path, directory } = request;
  if (path.kind === 'none') return { status: 404, body: 'There is no such resource in this address book.\n', headers: TEXT };
  if (path.kind !== 'card') {
    return { status: 405, body: 'Collections have no content to GET: use PROPFIND or REPORT.\n', headers: { ...TEXT, allow: READ_METHODS } };
  }
  const contact = await directory.reads.getContact(path.id);
  if (!contact || contact.deleted) return { status: 404, body: 'This contact is not in the directory (any more).\n', headers: TEXT };
  const etag = cardEtag(contact);
  const headers = { etag, 'last-modified': new Date(contact.updatedAt).toUTCString() };
  if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return { status: 304, body: '', headers };
  }
  const version = /version\s*=\s*"?4\.0/iu.test(accept) ? '4.0' : '3.0';
  return { status: 200, body: contactVcard(contact, { version, organization: directory.organization }), headers: { ...headers, 'content-type': CARD_CONTENT_TYPE } };
}
