/**
 * Reads the change feed for the address book (issue 12): every change after a seq, page by page, parsed. A listing
 * of the whole book is the feed from 0 with the tombstones left out; a sync is the feed from the client's token.
 */
import type { Contact } from '../../lib/contact/contact';
import type { CardDavDirectory } from './directory-for';

const PAGE = 5_000;

export interface FeedRead {
  contacts: Contact[];
  /** The seq of the last change read: the sync-token to hand out. */
  lastSeq: number;
  /** True when `max` stopped the read before the end of the feed. */
  truncated: boolean;
}

/** The changes after `afterSeq`, oldest first, at most `max` of them (tombstones count). */
export async function readFeed(directory: CardDavDirectory, afterSeq: number, max = Number.POSITIVE_INFINITY): Promise<FeedRead> {
  const contacts: Contact[] = [];
  let cursor = afterSeq;
  for (;;) {
    const limit = Math.min(PAGE, max - contacts.length);
    const page = await directory.reads.changesJson(cursor, limit);
    for (const contact of JSON.parse(page.json) as Contact[]) contacts.push(contact);
    cursor = page.lastSeq;
    if (!page.more) return { contacts, lastSeq: cursor, truncated: false };
    if (contacts.length >= max) return { contacts, lastSeq: cursor, truncated: true };
  }
}

/** Every live contact of the directory, and the seq they are current at. */
export async function listContacts(directory: CardDavDirectory): Promise<{ contacts: Contact[]; lastSeq: number }> {
  const { contacts, lastSeq } = await readFeed(directory, 0);
  return { contacts: contacts.filter((contact) => !contact.deleted), lastSeq };
}
