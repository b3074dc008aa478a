/** Writes an export (`export --server` or `--db`): the live contacts, by name, as CSV or vCard, to `--out` or stdout. */
import { writeFile } from 'node:fs/promises';
import type { Contact } from '../lib/contact/contact';
import { exportContactsCsv } from '../lib/export/export-contacts-csv';
import { exportContactsVcard } from '../lib/export/export-contacts-vcard';

export type ExportFormat = 'csv' | 'vcard';

const FORMATS = { csv: exportContactsCsv, vcard: exportContactsVcard } as const;

/** The latest state of each contact, as a change feed hands them over (a contact may come more than once). */
export class LatestContacts {
  private readonly byId = new Map<string, Contact>();

  add(contacts: readonly Contact[]): void {
    for (const contact of contacts) this.byId.set(contact.id, contact);
  }

  /** The live ones, by name. */
  live(): Contact[] {
    return [...this.byId.values()].filter((contact) => !contact.deleted).sort((a, b) => a.name.localeCompare(b.name));
  }
}

export async function writeExport(contacts: readonly Contact[], format: ExportFormat, out: string | undefined): Promise<number> {
  const text = FORMATS[format](contacts.map(({ name, position, email, phones }) => ({ name, position, email, phones })));
  if (out === undefined) process.stdout.write(text);
  else {
    await writeFile(out, text);
    process.stderr.write(`Exported ${contacts.length} contacts to ${out}.\n`);
  }
  return 0;
}
