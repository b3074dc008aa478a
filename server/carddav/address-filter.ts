/**
 * The CARDDAV:filter of an addressbook-query REPORT (RFC 6352 §10.5) as a test on a contact (issue 12): prop-filters
 * on FN, N, EMAIL, TEL, ORG, TITLE and UID, each "is defined", "is not defined" or text-matches (equals, contains,
 * starts-with, ends-with, negated or not), combined with anyof / allof. Other properties are never defined on our
 * cards, so a filter on them is answered, not refused. param-filter and unknown collations are refused (403 with
 * the precondition the RFC names).
 */
import type { Contact } from '../../lib/contact/contact';
import { nameParts } from '../../lib/vcard/name-parts';
import { CARDDAV, type DavElement } from './dav-xml-parse';

export type ContactTest = (contact: Contact) => boolean;

/** A compiled filter, or the precondition element (`<card:supported-filter/>`…) a 403 must carry. */
export type CompiledFilter = { test: ContactTest } | { precondition: string };

/** The values a property has on the card we serve for `contact` (empty: the property is not defined). */
function values(contact: Contact, property: string, organization: string | undefined): string[] {
  switch (property) {
    case 'FN':
      return [contact.name];
    case 'N': {
      const { family, given } = nameParts(contact.name);
      return [`${family};${given};;;`];
    }
    case 'EMAIL':
      return contact.email === undefined ? [] : [contact.email];
    case 'TEL':
      // The card carries E.164; a client typing the number as people write it matches the display form.
      return contact.phones.flatMap((phone) => [phone.number, phone.display]);
    case 'ORG':
      return organization ? [organization] : [];
    case 'TITLE':
      return contact.position === undefined ? [] : [contact.position];
    case 'UID':
      return [contact.id];
    default:
      return [];
  }
}

const COLLATIONS: Record<string, (text: string) => string> = {
  'i;unicode-casemap': (text) => text.normalize('NFKC').toLowerCase(),
  'i;ascii-casemap': (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase()),
  'i;octet': (text) => text,
};

const MATCHES: Record<string, (value: string, needle: string) => boolean> = {
  equals: (value, needle) => value === needle,
  contains: (value, needle) => value.includes(needle),
  'starts-with': (value, needle) => value.startsWith(needle),
  'ends-with': (value, needle) => value.endsWith(needle),
};

type ValueTest = (propertyValues: string[]) => boolean;

function textMatch(element: DavElement): ValueTest | { precondition: string } {
  const fold = COLLATIONS[element.attributes.collation ?? 'i;unicode-casemap'];
  if (!fold) return { precondition: '<card:supported-collation/>' };
  const match = MATCHES[element.attributes['match-type'] ?? 'contains'];
  if (!match) return { precondition: '<card:supported-filter/>' };
  const needle = fold(element.text.trim());
  const negate = element.attributes['negate-condition'] === 'yes';
  return (propertyValues) => propertyValues.some((value) => match(fold(value), needle) !== negate);
}

function propFilter(element: DavElement, organization: string | undefined): CompiledFilter {
  const property = (element.attributes.name ?? '').toUpperCase();
  const read = (contact: Contact) => values(contact, property, organization);
  if (element.children.some((c) => c.ns === CARDDAV && c.name === 'is-not-defined')) {
    return { test: (contact) => read(contact).length === 0 };
  }
  if (element.children.some((c) => c.name === 'param-filter')) return { precondition: '<card:supported-filter/>' };
  const tests: ValueTest[] = [];
  for (const child of element.children.filter((c) => c.ns === CARDDAV && c.name === 'text-match')) {
    const test = textMatch(child);
    if ('precondition' in test) return test;
    tests.push(test);
  }
  if (tests.length === 0) return { test: (contact) => read(contact).length > 0 };
  const all = element.attributes.test === 'allof';
  return { test: (contact) => (all ? tests.every((t) => t(read(contact))) : tests.some((t) => t(read(contact)))) };
}

/** Compiles a CARDDAV:filter element (absent: every contact matches). */
export function compileFilter(filter: DavElement | undefined, organization?: string): CompiledFilter {
  if (!filter) return { test: () => true };
  const tests: ContactTest[] = [];
  for (const child of filter.children.filter((c) => c.ns === CARDDAV && c.name === 'prop-filter')) {
    const compiled = propFilter(child, organization);
    if ('precondition' in compiled) return compiled;
    tests.push(compiled.test);
  }
  if (tests.length === 0) return { test: () => true };
  const all = filter.attributes.test === 'allof';
  return { test: (contact) => (all ? tests.every((t) => t(contact)) : tests.some((t) => t(contact))) };
}
