/**
 * The add/edit form's six text fields (issue 5), the CSV's six columns: how a stored contact, a selection draft and
 * the options page's `#add?…` link fill them, and how they become the raw contact the core rules check. Phones show
 * their stored display form, so the options page needs no phone metadata to fill the form.
 */
import type { RawContact } from '../rules/check-contact-fields';
import type { ContactFields, PhoneType } from './contact';

export interface ContactFormValues {
  name: string;
  position: string;
  email: string;
  workPhone: string;
  otherPhone1: string;
  otherPhone2: string;
}

type FormPhone = { type: PhoneType; number: string; display?: string };
type FormSource = Pick<ContactFields, 'name' | 'position' | 'email'> & { phones: readonly FormPhone[] };
const shown = (phone: FormPhone | undefined) => (phone ? (phone.display ?? phone.number) : '');

export const emptyFormValues: ContactFormValues = { name: '', position: '', email: '', workPhone: '', otherPhone1: '', otherPhone2: '' };

/**
 * A contact as the form shows it for editing: phones in their international display form (`+49 30 1234567`). A
 * refused write's input may lack a phone's display (the API ignores it): its E.164 number is shown then.
 */
export function formValuesOf(contact: FormSource): ContactFormValues {
  const work = contact.phones.find((phone) => phone.type === 'work');
  const other = contact.phones.filter((phone) => phone.type === 'other');
  return {
    name: contact.name,
    position: contact.position ?? '',
    email: contact.email ?? '',
    workPhone: shown(work),
    otherPhone1: shown(other[0]),
    otherPhone2: shown(other[1]),
  };
}

/** The form's fields as the raw contact the core rules (lib/rules/check-contact-fields.ts) check. */
export function rawContactOf(values: ContactFormValues): RawContact {
  return {
    name: values.name,
    position: values.position,
    email: values.email,
    workPhone: values.workPhone,
    otherPhones: [
      { field: 'optional-phone-1', value: values.otherPhone1 },
      { field: 'optional-phone-2', value: values.otherPhone2 },
    ],
  };
}

/** A draft (from a selection) as the options page's hash: `#add?name=…&position=…&email=…&phone=…&phone=…`. */
export function addFormHash(draft: { name: string; position: string; email: string; phones: readonly string[] }): string {
  const params = new URLSearchParams();
  for (const key of ['name', 'position', 'email'] as const) if (draft[key] !== '') params.set(key, draft[key]);
  for (const phone of draft.phones.slice(0, 3)) params.append('phone', phone);
  return `#add?${params.toString()}`;
}

/** The form values an `#add?…` hash carries, or null for any other hash. Unknown keys are ignored; values are capped. */
export function readAddFormHash(hash: string): ContactFormValues | null {
  if (hash !== '#add' && !hash.startsWith('#add?')) return null;
  const params = new URLSearchParams(hash.slice('#add?'.length));
  // Only text into text fields, and never more than the form could hold.
  const text = (value: string | null | undefined) => (value ?? '').slice(0, 300);
  const phones = params.getAll('phone');
  return {
    name: text(params.get('name')),
    position: text(params.get('position')),
    email: text(params.get('email')),
    workPhone: text(phones[0]),
    otherPhone1: text(phones[1]),
    otherPhone2: text(phones[2]),
  };
}
