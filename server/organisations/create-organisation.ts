/**
 * Organisations (issue 10): each one a directory walled off from the others, with its own tokens, contacts, imports,
 * idempotency keys and audit. A single-company install only ever has the `default` one, made by the migrations.
 */
import { randomUUID } from 'node:crypto';
import type { Organisation, Store } from '../store/store';

const NAME = /^[\w.@-]{1,64}$/u;

/** An organisation setup problem a user can fix (bad name, name taken, unknown name). */
export class OrganisationError extends Error {
  override name = 'OrganisationError';
}

/** Creates an organisation named `name` (a new random id) and returns it. */
export async function createOrganisation(store: Store, name: string, now: string): Promise<Organisation> {
  if (!NAME.test(name)) {
    throw new OrganisationError(`Organisation name "${name}" is not allowed: use 1 to 64 letters, digits, ".", "_", "-" or "@".`);
  }
  const organisation = { id: randomUUID(), name, createdAt: now };
  if (!(await store.createOrganisation(organisation))) {
    throw new OrganisationError(`An organisation named "${name}" already exists: see them with "org list", or pick another name.`);
  }
  return organisation;
}
