/**
 * The contacts the bench seeds straight into a database (issue 10: through the API, 100,000 contacts took longer than
 * the whole run may). Each batch is `seedCsv(batch)` checked by the very rules an import runs (checkContactsFile), and
 * every contact is laid out as the stores' putContact writes it: the JSON keys in the API's order, version 1, not
 * deleted, the email lower-cased in its column, one phone row per number. Only the id and the seq are left to the
 * seeder (an id per organisation, a seq per organisation).
 */
import { checkContactsFile } from '../../lib/import/check-contacts-file';
import { LINES, seedCsv } from './seed-csv';

export interface SeedContact {
  /** The stored JSON after its `"id":"…",` member: `{"id":"<id>",` + rest is the row's json. */
  rest: string;
  email: string | null;
  numbers: string[];
}

/** The stored JSON of a seeded contact with id `id`. */
export const seedJson = (id: string, contact: SeedContact) => `{"id":${JSON.stringify(id)},${contact.rest}`;

/** Batches 0 … count − 1, each LINES contacts, all written at `updatedAt`. */
export function seedBatches(count: number, updatedAt: string): SeedContact[][] {
  const batches: SeedContact[][] = [];
  for (let batch = 0; batch < count; batch++) {
    const report = checkContactsFile({ name: `batch-${batch}.csv`, bytes: new TextEncoder().encode(seedCsv(batch)) }, { maxContacts: LINES });
    if (!report.ok || report.contacts.length !== LINES) throw new Error(`seed batch ${batch} does not check: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    batches.push(
      report.contacts.map(({ name, position, email, phones }) => ({
        // The key order of putContact in both stores: id, version, updatedAt, deleted, name, position?, email?, phones.
        rest: JSON.stringify({ version: 1, updatedAt, deleted: false, name, ...(position ? { position } : {}), ...(email ? { email } : {}), phones }).slice(1),
        email: email ?? null,
        numbers: [...new Set(phones.map((phone) => phone.number))],
      })),
    );
  }
  return batches;
}
