/**
 * The one mapping of issue 13, the same for Google, Outlook and vCard: name = first + middle + last name, else the
 * full-name field, else the organisation (a switchboard); position = the job title; email = the first email (the
 * primary one where marked); work phone = the first phone labelled work, else the first phone; optional phones =
 * the next two, mobile first. What does not fit (a second email, a fourth phone) is a warning, never dropped
 * silently. The result is our raw contact line, which then goes through the same rules as our CSV.
 */
import type { LineProblem } from '../contact/contact';
import type { RawContact } from '../rules/check-contact-fields';
import { lineProblem } from '../rules/line-problem';
import type { MappedField } from './import-format';
import type { SourceContact, SourceEmail, SourcePhone, SourceValue } from './source-contact';

/** Where one source column's value went. */
export interface Placement {
  column: string;
  field: MappedField;
}

export interface MappedContact {
  raw: RawContact;
  /** One warning per value that could not be kept. */
  dropped: LineProblem[];
  placements: Placement[];
}

const OPTIONAL_FIELDS = ['optional-phone-1', 'optional-phone-2'] as const;

function filled<T extends SourceValue>(values: readonly T[]): T[] {
  return values.filter((value) => value.value.trim() !== '');
}

/** The same number written twice (a Google `Work` and `Mobile` of one phone) is one phone, not a lost value. */
function distinctPhones(phones: readonly SourcePhone[]): SourcePhone[] {
  const seen = new Set<string>();
  return phones.filter((phone) => {
    const digits = phone.value.replace(/[^\d+]/g, '');
    const key = digits === '' ? phone.value.trim() : digits;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function distinctEmails(emails: readonly SourceEmail[]): SourceEmail[] {
  const seen = new Set<string>();
  return emails.filter((email) => {
    const key = email.value.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Mobile phones first, then the others in source order, faxes last (a fax is rarely what a teammate wants to call). */
const RANK: Record<SourcePhone['kind'], number> = { mobile: 0, work: 1, other: 1, fax: 2 };

function splitPhones(source: SourceContact): { work: SourcePhone | undefined; rest: SourcePhone[] } {
  const phones = distinctPhones(filled(source.phones));
  let work = phones.find((phone) => phone.kind === 'work');
  if (work === undefined && !source.unlabelledAreOptional) work = phones.find((phone) => phone.kind !== 'fax') ?? phones[0];
  const rest = phones.filter((phone) => phone !== work);
  if (!source.unlabelledAreOptional) rest.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  return { work, rest };
}

function nameOf(source: SourceContact, placements: Placement[]): string {
  const parts = filled(source.nameParts);
  if (parts.length > 0) {
    for (const part of parts) placements.push({ column: part.column, field: 'name' });
    return parts.map((part) => part.value.trim()).join(' ');
  }
  const fallback = [source.fullName, source.organisation].find((value) => value !== undefined && value.value.trim() !== '');
  if (fallback === undefined) return '';
  placements.push({ column: fallback.column, field: 'name-fallback' });
  return fallback.value;
}

/** Maps one source contact to our raw contact line, with a warning for every value left out. */
export function mapSourceContact(source: SourceContact): MappedContact {
  const placements: Placement[] = [];
  const dropped: LineProblem[] = [];
  const name = nameOf(source, placements);
  const title = source.jobTitle?.value.trim() ? source.jobTitle : undefined;
  if (title) placements.push({ column: title.column, field: 'position' });

  const emails = distinctEmails(filled(source.emails));
  const primary = emails.find((email) => email.primary) ?? emails[0];
  if (primary) placements.push({ column: primary.column, field: 'email' });
  for (const email of emails) {
    if (email === primary) continue;
    placements.push({ column: email.column, field: 'not-imported' });
    dropped.push(lineProblem(source.line, undefined, 'email-not-imported', { value: email.value.trim(), column: email.column, kept: primary?.value.trim() ?? '' }));
  }

  const { work, rest } = splitPhones(source);
  if (work) placements.push({ column: work.column, field: 'work-phone' });
  const otherPhones = rest.slice(0, OPTIONAL_FIELDS.length).map((phone, i) => {
    const field = OPTIONAL_FIELDS[i] ?? 'optional-phone-2';
    placements.push({ column: phone.column, field });
    return { field, value: phone.value };
  });
  for (const phone of rest.slice(OPTIONAL_FIELDS.length)) {
    placements.push({ column: phone.column, field: 'not-imported' });
    dropped.push(lineProblem(source.line, undefined, 'phone-not-imported', { value: phone.value.trim(), column: phone.column }));
  }

  const raw: RawContact = { name, position: title?.value ?? '', email: primary?.value ?? '', workPhone: work?.value ?? '', otherPhones };
  return { raw, dropped, placements };
}
