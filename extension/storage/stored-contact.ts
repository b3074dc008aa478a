/**
 * Turning a server contact into what the extension stores: display phones and search key computed once, here, in
 * the background, so the popup needs neither phone metadata nor text folding (issue 4).
 */
import type { Contact } from '../../lib/contact/contact';
import { buildSearchKey } from '../../lib/search/search-key';
import type { StoredContact } from './db';

/** Formats an E.164 number for reading; the background passes `fastFormatPhone` (lib/phone's `formatPhoneForDisplay`, faster). */
export type FormatPhone = (e164: string) => string;

export function toStoredContact(contact: Contact, formatPhone: FormatPhone, local = false): StoredContact {
  const stored: StoredContact = {
    ...contact,
    display: contact.phones.map((phone) => formatPhone(phone.number)),
    key: buildSearchKey(contact),
  };
  if (local) stored.local = true;
  return stored;
}
