/**
 * `company-contacts export --server URL --token T --format csv|vcard [--out F]`: pages through the server's change
 * feed (issue 3), keeps each contact's latest state, drops the deleted ones, and writes CSV or vCard with the lib/
 * exporters. Without `--server` it is the local `export FILE.json` of cli/export.ts.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Contact } from '../lib/contact/contact';
import { exportContactsCsv } from '../lib/export/export-contacts-csv';
import { exportContactsVcard } from '../lib/export/export-contacts-vcard';
import type { ApiClient } from '../lib/api/api-client';
import * as localExport from './export';
import { clientFrom, reportFailure, serverOptions } from './server-options';
import { usageError } from './usage';

const SERVER_USAGE = 'export --server URL --token T --format csv|vcard [--out F]';
export const usage = `${localExport.usage}\n  ${SERVER_USAGE}   export the server's directory`;

const FORMATS = { csv: exportContactsCsv, vcard: exportContactsVcard } as const;
const PAGE = 5000;

/** Every live contact of the server, by name. */
async function pullDirectory(client: ApiClient): Promise<Contact[]> {
  const latest = new Map<string, Contact>();
  let cursor = '';
  for (;;) {
    const page = await client.changes(cursor, PAGE);
    for (const contact of page.contacts) latest.set(contact.id, contact);
    cursor = page.cursor;
    if (!page.more) break;
  }
  return [...latest.values()].filter((contact) => !contact.deleted).sort((a, b) => a.name.localeCompare(b.name));
}

export async function run(args: string[]): Promise<number> {
  if (!args.some((arg) => arg === '--server' || arg.startsWith('--server='))) return localExport.run(args);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...serverOptions, format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length > 0) return usageError(`A server export takes no FILE (got "${positionals[0]}").`, SERVER_USAGE);
  const format = values.format;
  if (format !== 'csv' && format !== 'vcard') return usageError(`--format must be csv or vcard${format === undefined ? '' : `, not "${format}"`}.`, SERVER_USAGE);
  const client = clientFrom(values);
  if (typeof client === 'string') return usageError(client, SERVER_USAGE);
  let contacts: Contact[];
  try {
    contacts = await pullDirectory(client);
  } catch (error) {
    return reportFailure(error);
  }
  const text = FORMATS[format](contacts.map(({ name, position, email, phones }) => ({ name, position, email, phones })));
  if (values.out === undefined) process.stdout.write(text);
  else {
    await writeFile(values.out, text);
    process.stderr.write(`Exported ${contacts.length} contacts to ${values.out}.\n`);
  }
  return 0;
}
