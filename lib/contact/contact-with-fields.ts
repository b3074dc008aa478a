/** A stored contact from its identity and validated fields (server writes, local-mode imports). */
import type { Contact, ContactFields } from './contact';

/** The contact with exactly these fields: an omitted position or email is left out, never kept from before. */
export function contactWithFields(base: Pick<Contact, 'id' | 'version' | 'updatedAt'>, fields: ContactFields): Contact {
  return {
    ...base,
    deleted: false,
    name: fields.name,
    phones: fields.phones,
    ...(fields.position ? { position: fields.position } : {}),
    ...(fields.email ? { email: fields.email } : {}),
  };
}
