/**
 * The one place that picks the directory a CardDAV caller sees (issue 12): the caller's organisation (issue 10), its
 * org-scoped store view and its name (the address book's display name and each card's ORG). The default
 * organisation, a single-company install's only one, keeps the product's name and no ORG: its name is "default",
 * which no user chose. Every CardDAV handler reads through this.
 */
import { type CallerToken, DEFAULT_ORGANISATION_ID, type Store, type StoreReads } from '../store/store';

export interface CardDavDirectory {
  reads: Pick<StoreReads, 'getContact' | 'getContacts' | 'lastSeq' | 'changesJson'>;
  /** The address book's display name. */
  name: string;
  /** The organisation's name, written as each card's ORG; none for the default organisation. */
  organization?: string;
}

export function directoryFor(store: Store, token: CallerToken): CardDavDirectory {
  const { id, name } = token.organisation;
  const reads = store.forOrg(id);
  if (id === DEFAULT_ORGANISATION_ID) return { reads, name: 'Company Contacts' };
  return { reads, name, organization: name };
}
