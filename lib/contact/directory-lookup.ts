/**
 * How the import rules see an existing directory: two indexed look-ups, so a 1,000-line import against
 * 100,000 stored contacts stays fast. A server implements it with SQL indexes; the extension and tests use
 * {@link directoryLookupFromList}.
 */
import type { Phone } from './contact';

export interface ExistingContact {
  id: string;
  name: string;
  /** Lower-cased. */
  email?: string;
  /** The duplicate rules compare numbers only. */
  phones: Pick<Phone, 'type' | 'number'>[];
}

export interface DirectoryLookup {
  /** The (non-deleted) contact with this email, compared in lower case. */
  findByEmail(email: string): ExistingContact | undefined;
  /** Every (non-deleted) contact carrying this E.164 number, of any type. */
  findByPhone(e164: string): ExistingContact[];
}

/** A growable in-memory directory (the lines already accepted from one file use the leaner lib/rules/accepted-lines.ts). */
interface MemoryDirectory extends DirectoryLookup {
  add(contact: ExistingContact): void;
}

/** Creates an empty {@link MemoryDirectory} backed by two maps. */
function createMemoryDirectory(): MemoryDirectory {
  const byEmail = new Map<string, ExistingContact>();
  // Most numbers belong to one contact: keep the contact itself, an array only when shared (memory, issue 2 bench).
  const byPhone = new Map<string, ExistingContact | ExistingContact[]>();
  return {
    findByEmail: (email) => byEmail.get(email.toLowerCase()),
    findByPhone(e164) {
      const found = byPhone.get(e164);
      return found === undefined ? [] : Array.isArray(found) ? found : [found];
    },
    add(contact) {
      const email = contact.email?.toLowerCase();
      if (email !== undefined && !byEmail.has(email)) byEmail.set(email, contact);
      for (const { number } of contact.phones) {
        const found = byPhone.get(number);
        if (found === undefined) byPhone.set(number, contact);
        else if (!Array.isArray(found)) found !== contact && byPhone.set(number, [found, contact]);
        else if (!found.includes(contact)) found.push(contact);
      }
    },
  };
}

/** Indexes a list of contacts in memory (the extension's local mode, tests). */
export function directoryLookupFromList(contacts: Iterable<ExistingContact>): DirectoryLookup {
  const directory = createMemoryDirectory();
  for (const contact of contacts) directory.add(contact);
  return { findByEmail: directory.findByEmail, findByPhone: directory.findByPhone };
}

/** Duplicate lookups that ignore contact `id`: the contact being edited may keep its own email and phones. */
export function lookupExcluding(lookup: DirectoryLookup, id: string): DirectoryLookup {
  return {
    findByEmail: (email) => {
      const found = lookup.findByEmail(email);
      return found?.id === id ? undefined : found;
    },
    findByPhone: (number) => lookup.findByPhone(number).filter((contact) => contact.id !== id),
  };
}
