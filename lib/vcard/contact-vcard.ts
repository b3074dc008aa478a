/**
 * The one vCard writer: a contact as a vCard in version 3.0 (RFC 2426: what every CardDAV client reads, the CardDAV
 * default, issue 12) or 4.0 (RFC 6350: the vCard export, and CardDAV clients that ask for it). CRLF line ends,
 * escaped text (§3.4), lines folded at 75 octets without splitting a UTF-8 character (§3.2). A stored contact adds
 * its UID and REV; the export of a contact list without ids writes neither.
 */
import type { ContactFields, Phone } from '../contact/contact';
import { nameParts } from './name-parts';
import { escapeVcardText, foldVcardLine } from './vcard-text';

export type VcardVersion = '3.0' | '4.0';

/**
 * §6.7.3: the product that wrote the card. The importer (lib/import/vcard/vcard-source-contact.ts) knows our own
 * cards by its start (`-//Company Contacts//`, which older exports wrote as `-//Company Contacts//EN`) and reads
 * their phones not typed `work` as optional phones, so a contact with an email and optional phones only comes back
 * the same (issue 13's round trip), where another writer's first phone would become the work phone.
 */
export const VCARD_PRODID = '-//Company Contacts//Directory//EN';

/** Does this PRODID say the card is one of ours? */
export const isOurProdid = (prodid: string) => prodid.trim().startsWith('-//Company Contacts//');

/** What a card is written from: the contact's fields, and its id and time of change when it is stored. */
export type VcardContact = ContactFields & { id?: string; updatedAt?: string };

export interface VcardOptions {
  version: VcardVersion;
  /** The organisation the directory belongs to, written as `ORG` when known. */
  organization?: string;
}

/** RFC 6350 §4.3.5 timestamp (basic format, UTC), also valid for vCard 3.0's REV. */
function timestamp(iso: string): string {
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function tel(phone: Phone, version: VcardVersion): string {
  if (version === '4.0') {
    const type = phone.type === 'work' ? '"work,voice"' : 'voice';
    return `TEL;VALUE=uri;TYPE=${type}:tel:${phone.number}`;
  }
  return `TEL;TYPE=${phone.type === 'work' ? 'WORK,VOICE' : 'VOICE'}:${phone.number}`;
}

/** The contact's vCard text, each line ending in CRLF. A tombstone has no card: callers answer 404 for it. */
export function contactVcard(contact: VcardContact, { version, organization }: VcardOptions): string {
  const { family, given } = nameParts(contact.name);
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, `PRODID:${VCARD_PRODID}`];
  // The same UID in both versions (4.0 says its value is text, not its default URI), so a client that changes
  // versions keeps its cards.
  if (contact.id !== undefined) lines.push(`UID${version === '4.0' ? ';VALUE=text' : ''}:${contact.id}`);
  lines.push(`FN:${escapeVcardText(contact.name)}`, `N:${escapeVcardText(family)};${escapeVcardText(given)};;;`);
  if (organization) lines.push(`ORG:${escapeVcardText(organization)}`);
  if (contact.position !== undefined) lines.push(`TITLE:${escapeVcardText(contact.position)}`);
  if (contact.email !== undefined) {
    lines.push(version === '4.0' ? `EMAIL;TYPE=work:${escapeVcardText(contact.email)}` : `EMAIL;TYPE=INTERNET,WORK:${escapeVcardText(contact.email)}`);
  }
  for (const phone of contact.phones) lines.push(tel(phone, version));
  if (contact.updatedAt !== undefined) lines.push(`REV:${timestamp(contact.updatedAt)}`);
  lines.push('END:VCARD');
  return `${lines.map(foldVcardLine).join('\r\n')}\r\n`;
}
