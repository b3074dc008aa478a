/**
 * The one place that picks the directory a CardDAV caller sees (issue 12). Today there is one directory, the whole
 * store; with organisations (PostgreSQL issue) this returns the caller's organisation: its org-scoped store view and
 * its name (the address book's display name and the cards' ORG). Every CardDAV handler reads through this.
 */
import type { Store, StoreReads, TokenRecord } from '../store/store';

export interface CardDavDirectory {
  reads: Pick<StoreReads, 'getContact' | 'getContacts' | 'lastSeq' | 'changesJson'>;
  /** The address book's display name. */
  name: string;
  /** The organisation's name, written as each card's ORG; none until organisations exist. */
  organization?: string;
}

export function directoryFor(store: Store, _token: TokenRecord): CardDavDirectory {
  return { reads: store, name: 'Company Contacts' };
}
