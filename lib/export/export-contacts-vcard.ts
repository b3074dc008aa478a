/**
 * Exports contacts as vCard 4.0 (RFC 6350), one card per contact: CRLF line ends, text escaping (§3.4) and
 * lines folded at 75 octets without splitting a UTF-8 character (§3.2). Phones are `tel:` URIs (§6.4.1).
 */
import type { ContactFields, Phone } from '../contact/contact';
import { escapeVcardText, foldVcardLine } from '../vcard/vcard-text';

/**
 * §6.7.3: the product that wrote the card. The importer (lib/import/vcard/vcard-source-contact.ts) reads our own
 * cards' phones not typed `work` as optional phones, so a contact with an email and optional phones only comes back
 * the same (issue 13's round trip), where another writer's first phone would become the work phone.
 */
export const VCARD_PRODID = '-//Company Contacts//EN';

function tel(phone: Phone): string {
  const type = phone.type === 'work' ? '"work,voice"' : 'voice';
  return `TEL;VALUE=uri;TYPE=${type}:tel:${phone.number}`;
}

function card(contact: ContactFields): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `PRODID:${VCARD_PRODID}`, `FN:${escapeVcardText(contact.name)}`];
  if (contact.position !== undefined) lines.push(`TITLE:${escapeVcardText(contact.position)}`);
  if (contact.email !== undefined) lines.push(`EMAIL;TYPE=work:${escapeVcardText(contact.email)}`);
  for (const phone of contact.phones) lines.push(tel(phone));
  lines.push('END:VCARD');
  return lines.map(foldVcardLine).join('\r\n');
}

/** The contacts as one vCard 4.0 file's text, one card per contact, each line ending in CRLF. */
export function exportContactsVcard(contacts: readonly ContactFields[]): string {
  return contacts.map((contact) => `${card(contact)}\r\n`).join('');
}
