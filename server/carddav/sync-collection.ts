/**
 * The sync-collection REPORT (RFC 6578) on the address book (issue 12): the cards changed and removed since the
 * client's token, read from the change feed after the token's seq, and a new token.
 *
 * An unknown token (not ours, or ahead of the feed: see sync-token.ts) must make each client start over with a full
 * sync. What each one needs (server/README.md has the sources):
 * - DAVx⁵ and iOS/macOS: 403 with the DAV:valid-sync-token precondition (RFC 6578 §3.2). DAVx⁵ looks for the
 *   precondition in the error, drops the token and lists the collection again.
 * - Thunderbird's built-in address book accepts only 207 or 400 to a sync-collection; on 400 it fetches everything
 *   again, on any other status the sync fails and it keeps the bad token for ever. So it gets 400, with the same body.
 */
import { BOOK, cardPath } from './dav-paths';
import type { DavContext } from './dav-properties';
import { badRequest, nresults, xmlReply, type DavReply, type DavRequest } from './dav-request';
import { cardResponse } from './card-response';
import { child, DAV, type DavElement } from './dav-xml-parse';
import { davError, escapeXml, multistatus, STATUS, statusResponse } from './dav-xml-write';
import { readFeed } from './read-feed';
import { formatSyncToken, parseSyncToken } from './sync-token';

const THUNDERBIRD = /\bThunderbird\//u;

/** The answer to a token the server does not know, in the form the client recovers from. */
export function unknownToken(userAgent: string): DavReply {
  return xmlReply(THUNDERBIRD.test(userAgent) ? 400 : 403, davError('<d:valid-sync-token/>'));
}

export async function syncCollection(request: DavRequest, root: DavElement): Promise<DavReply> {
  const { directory } = request;
  const level = child(root, DAV, 'sync-level')?.text.trim() ?? '1';
  // The address book has no sub-collections: "infinite" lists the same members as "1".
  if (level !== '1' && level !== 'infinite') return badRequest(`DAV:sync-level "${level}" is not valid: send 1 or infinite.`);
  const token = child(root, DAV, 'sync-token')?.text.trim() ?? '';
  const initial = token === '';
  let after = 0;
  if (!initial) {
    const seq = parseSyncToken(token);
    if (seq === null || seq > (await directory.reads.lastSeq())) {
      return unknownToken(request.userAgent);
    }
    after = seq;
  }
  const feed = await readFeed(directory, after, nresults(root, DAV));
  const context: DavContext = { tokenName: request.tokenName, bookName: directory.name, organization: directory.organization, lastSeq: feed.lastSeq };
  const responses: string[] = [];
  for (const contact of feed.contacts) {
    // An initial sync lists members only; after a token, a removed member is a 404 (RFC 6578 §3.5.2).
    if (contact.deleted) {
      if (!initial) responses.push(statusResponse(cardPath(contact.id), STATUS.notFound));
    } else {
      responses.push(cardResponse(cardPath(contact.id), contact, context, root));
    }
  }
  // §3.6: a result cut at the client's limit says so with a 507 on the collection; the token resumes after it.
  if (feed.truncated) responses.push(statusResponse(BOOK, STATUS.insufficientStorage, '<d:number-of-matches-within-limits/>'));
  return xmlReply(207, multistatus(responses, `<d:sync-token>${escapeXml(formatSyncToken(feed.lastSeq))}</d:sync-token>`));
}
