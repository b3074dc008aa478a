/** Test data builders for the extension's tests (STYLE.md: one fixtures file, builders with overrides). */
import type { Contact } from '../../lib/contact';

let next = 1;

/** A valid contact; override any field. */
export function makeContact(overrides: Partial<Contact> = {}): Contact {
  const id = `c${next++}`;
  return {
    id,
    version: 1,
    updatedAt: '2026-11-25T12:00:00.000Z',
    deleted: false,
    name: 'Ada Lovelace',
    position: 'Engineer',
    email: `${id}@example.org`,
    phones: [{ type: 'work', number: '+442071234567' }],
    ...overrides,
  };
}
