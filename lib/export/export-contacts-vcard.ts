/** The vCard export (issue 2): one vCard 4.0 card per contact, written by the one vCard writer of lib/vcard/. */
import { contactVcard, type VcardContact } from '../vcard/contact-vcard';

/** The contacts as one vCard 4.0 file's text, one card per contact, each line ending in CRLF. */
export function exportContactsVcard(contacts: readonly VcardContact[]): string {
  return contacts.map((contact) => contactVcard(contact, { version: '4.0' })).join('');
}
