/**
 * One directory contact as a vCard (issue 12), in version 3.0 (RFC 2426: what every CardDAV client reads, the
 * CardDAV default) or 4.0 (RFC 6350, when a client asks for it). CRLF line ends, escaped text, folded lines.
 */
import type { Contact, Phone } from '../contact/contact';
import { nameParts } from './name-parts';
import { escapeVcardText, foldVcardLine } from './vcard-text';

export type VcardVersion = '3.0' | '4.0';

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
export function contactVcard(contact: Contact, { version, organization }: VcardOptions): string {
  const { family, given } = nameParts(contact.name);
  const lines = [
    'BEGIN:VCARD',
    `VERSION:${version}`,
    'PRODID:-//Company Contacts//Directory//EN',
    // The same UID in both versions (4.0 says its value is text, not its default URI), so a client that changes
    // versions keeps its cards.
    `UID${version === '4.0' ? ';VALUE=text' : ''}:${contact.id}`,
    `FN:${escapeVcardText(contact.name)}`,
    `N:${escapeVcardText(family)};${escapeVcardText(given)};;;`,
  ];
  if (organization) lines.push(`ORG:${escapeVcardText(organization)}`);
  if (contact.position !== undefined) lines.push(`TITLE:${escapeVcardText(contact.position)}`);
  if (contact.email !== undefined) {
    lines.push(version === '4.0' ? `EMAIL;TYPE=work:${escapeVcardText(contact.email)}` : `EMAIL;TYPE=INTERNET,WORK:${escapeVcardText(contact.email)}`);
  }
  for (const phone of contact.phones) lines.push(tel(phone, version));
  lines.push(`REV:${timestamp(contact.updatedAt)}`, 'END:VCARD');
  return `${lines.map(foldVcardLine).join('\r\n')}\r\n`;
}
