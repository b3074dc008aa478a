/**
 * Turning a server contact into what the extension stores: its search key computed once, here, in the background,
 * so the popup needs no text folding (issue 4). Phones arrive with their display form (issue 9: the server computes
 * it where the contact is written), so nothing here needs phone metadata either.
 */
import type { Contact } from '../../lib/contact/contact';
import { buildSearchKey } from '../../lib/search/search-key';
import type { StoredContact } from './db';

export function toStoredContact(contact: Contact, local = false): StoredContact {
  // A server older than issue 9 sends no `display`: show the E.164 number rather than nothing.
  const phones = contact.phones.some((phone) => typeof phone.display !== 'string')
    ? contact.phones.map((phone) => (typeof phone.display === 'string' ? phone : { ...phone, display: phone.number }))
    : contact.phones;
  const stored: StoredContact = { ...contact, phones, key: buildSearchKey(contact) };
  if (local) stored.local = true;
  return stored;
}
