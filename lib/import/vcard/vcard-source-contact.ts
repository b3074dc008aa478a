/**
 * A vCard (lib/vcard/read-vcards.ts) as a {@link SourceContact} for the one mapping of issue 13: `N` gives first
 * (given), middle (additional) and last (family) name, `FN` the full name, `ORG` the organisation, `TITLE` the job
 * title; `EMAIL` and `TEL` in card order, `PREF` marking the primary email, `TYPE` (or Apple's `X-ABLabel` of the
 * same group) labelling phones.
 */
import { isOurProdid } from '../../vcard/contact-vcard';
import type { Vcard } from '../../vcard/read-vcards';
import { unescapeVcardText, vcardComponents, type VcardProperty } from '../../vcard/vcard-property';
import { phoneKind } from '../phone-kind';
import type { SourceContact, SourceEmail, SourcePhone, SourceValue } from '../source-contact';

/** Properties that describe the card, not the person: never listed as "not used". */
const METADATA = new Set(['PRODID', 'UID', 'REV', 'X-ABUID', 'KIND', 'SOURCE', 'CLASS', 'X-ABLABEL']);


/** The properties of `card` holding data the import could use or list as unused. */
export function dataProperties(card: Vcard): VcardProperty[] {
  return card.properties.filter((property) => !METADATA.has(property.name) && property.value.trim() !== '');
}

function labelOf(card: Vcard, property: VcardProperty): string {
  if (property.group === '') return property.types.join(' ');
  const label = card.properties.find((other) => other.group === property.group && other.name === 'X-ABLABEL');
  return `${property.types.join(' ')} ${label?.value ?? ''}`;
}

/** Reads `card` into a source contact. */
export function vcardSourceContact(card: Vcard): SourceContact {
  const first = (name: string) => card.properties.find((property) => property.name === name);
  const text = (property: VcardProperty | undefined, column: string): SourceValue | undefined =>
    property === undefined ? undefined : { value: unescapeVcardText(property.value), column };
  // Our own cards (lib/vcard/contact-vcard.ts) carry the exact name in FN; their N is only split from it.
  const ours = isOurProdid(first('PRODID')?.value ?? '');
  const n = ours ? undefined : first('N');
  // N is family;given;additional;prefix;suffix; several given or additional names are separated by commas.
  const [family = '', given = '', additional = ''] = n === undefined ? [] : vcardComponents(n.value);
  const nameParts = [given, additional, family].map((part) => ({ value: part.replace(/,/g, ' '), column: 'N' }));
  const org = first('ORG');
  const emails: SourceEmail[] = [];
  const phones: SourcePhone[] = [];
  for (const property of card.properties) {
    if (property.name === 'EMAIL') {
      emails.push({ value: unescapeVcardText(property.value).replace(/^mailto:/i, ''), column: 'EMAIL', primary: property.types.includes('pref') });
    } else if (property.name === 'TEL') {
      phones.push({ value: unescapeVcardText(property.value).replace(/^tel:/i, ''), column: 'TEL', kind: phoneKind(labelOf(card, property)) });
    }
  }
  return {
    line: card.line,
    nameParts,
    fullName: text(first('FN'), 'FN'),
    organisation: org === undefined ? undefined : { value: vcardComponents(org.value)[0] ?? '', column: 'ORG' },
    jobTitle: text(first('TITLE'), 'TITLE'),
    emails,
    phones,
    unlabelledAreOptional: ours,
  };
}
