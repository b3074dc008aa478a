/**
 * The address bar's suggestions for `cc <text>` (issue 13), pure: the extension's adapter
 * (extension/browser/omnibox.ts) searches the local copy with the popup's search and hands the matches here.
 *
 * The default suggestion (what Enter does) calls the first match; the list below it offers the first match's email
 * (the second kind of suggestion: Alt+Enter on the default row does the same where the browser passes it on), then
 * the next matches, each called when chosen. A suggestion's `content` is a number or an address, so what the browser
 * writes in the address bar when a row is chosen is itself readable and enough to act on ({@link readOmniboxInput}).
 */
import type { Contact } from '../contact/contact';
import { isEmailShape } from '../rules/email-shape';

/** The most matches shown: the default row plus four below it. */
export const MAX_OMNIBOX_MATCHES = 5;

export type OmniboxContact = Pick<Contact, 'name' | 'position' | 'email' | 'phones'>;

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** The texts of the rows, in the reader's language. */
export interface OmniboxTexts {
  call(name: string, position: string, number: string): string;
  email(name: string, address: string): string;
  noMatch(text: string): string;
}

export interface OmniboxSuggestions {
  /** The description of the default row. */
  heading: string;
  suggestions: OmniboxSuggestion[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Chrome reads a description as XML (`<match>`, `<dim>`, `<url>`): the directory's text is escaped. */
export function escapeOmniboxXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

/** The phone a suggestion calls: the work phone, else the first. */
export function callNumber(contact: OmniboxContact): { number: string; display: string } | null {
  const phone = contact.phones.find((candidate) => candidate.type === 'work') ?? contact.phones[0];
  return phone ? { number: phone.number, display: phone.display || phone.number } : null;
}

/**
 * The rows for `matches` (best first). `markup`: Chrome's XML descriptions (the name in `<match>`, the rest in
 * `<dim>`), else plain text (Firefox shows descriptions as they are).
 */
export function buildOmniboxSuggestions(text: string, matches: readonly OmniboxContact[], texts: OmniboxTexts, markup: boolean): OmniboxSuggestions {
  const shown = matches.slice(0, MAX_OMNIBOX_MATCHES);
  const first = shown[0];
  const plain = (value: string) => (markup ? escapeOmniboxXml(value) : value);
  if (!first) return { heading: plain(texts.noMatch(text)), suggestions: [] };
  const row = (contact: OmniboxContact): OmniboxSuggestion => {
    const phone = callNumber(contact);
    if (!phone) return emailRow(contact);
    const description = texts.call(contact.name, contact.position ?? '', phone.display);
    return { content: phone.display, description: markup ? callMarkup(contact, phone.display, texts) : description };
  };
  const emailRow = (contact: OmniboxContact): OmniboxSuggestion => ({
    content: contact.email ?? contact.name,
    description: plain(texts.email(contact.name, contact.email ?? '')),
  });
  const suggestions: OmniboxSuggestion[] = [];
  if (first.email && callNumber(first)) suggestions.push(emailRow(first));
  for (const contact of shown.slice(1)) suggestions.push(row(contact));
  return { heading: row(first).description, suggestions };
}

/** The name matched, the position and number dimmed; every piece escaped before it is wrapped. */
function callMarkup(contact: OmniboxContact, display: string, texts: OmniboxTexts): string {
  const name = `<match>${escapeOmniboxXml(contact.name)}</match>`;
  const rest = (value: string) => (value === '' ? '' : `<dim>${escapeOmniboxXml(value)}</dim>`);
  // The sentence comes from the catalog with placeholders, so a translation can move the pieces around.
  const NAME = '\u0001';
  const POSITION = '\u0002';
  const NUMBER = '\u0003';
  return escapeOmniboxXml(texts.call(NAME, contact.position ? POSITION : '', NUMBER))
    .replace(NAME, name)
    .replace(POSITION, rest(contact.position ?? ''))
    .replace(NUMBER, rest(display));
}

export type OmniboxInput = { kind: 'phone'; e164: string } | { kind: 'email'; address: string } | { kind: 'search'; text: string };

/**
 * What Enter was given: a chosen row's content (`+33 1 23 45 67 89`, `ana@example.com`) or the typed text, searched.
 */
export function readOmniboxInput(text: string): OmniboxInput {
  const trimmed = text.trim();
  if (/^\+[\d\s]+$/.test(trimmed)) {
    const e164 = `+${trimmed.replace(/\D/g, '')}`;
    if (/^\+[1-9]\d{1,14}$/.test(e164)) return { kind: 'phone', e164 };
  }
  if (isEmailShape(trimmed)) return { kind: 'email', address: trimmed };
  return { kind: 'search', text: trimmed };
}
