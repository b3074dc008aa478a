/**
 * `company-contacts export --server URL --token T --format csv|vcard [--out F]`: pages through the server's change
 * feed (issue 3), keeps each contact's latest state, drops the deleted ones, and writes CSV or vCard with the lib/
 * exporters. With `--db`, or with neither `--server` (nor CONTACTS_SERVER) nor a FILE, it reads the database itself
 * (./database-export.ts, issue 10); with a FILE.json, it is the local export of ./export.ts.
 */
import { parseArgs } from 'node:util';
import type { ApiClient } from '../lib/api/api-client';
import type { Contact } from '../lib/contact/contact';
import { exportFromDatabase } from './database-export';
import * as localExport from './export';
import { databaseOf, databaseOption } from './open-database';
import { clientFrom, reportFailure, serverOptions } from './server-options';
import { usageError } from './usage';
import { LatestContacts, writeExport } from './write-export';

const SERVER_USAGE = 'export --server URL --token T --format csv|vcard [--out F]';
const DATABASE_USAGE = 'export [--db FILE|URL] [--org NAME] --format csv|vcard [--out F]';
export const usage = `${localExport.usage}\n  ${SERVER_USAGE}   export the server's directory\n  ${DATABASE_USAGE}   … straight from its database`;

const PAGE = 5000;

/** Every live contact of the server, by name. */
async function pullDirectory(client: ApiClient): Promise<Contact[]> {
  const latest = new LatestContacts();
  let cursor = '';
  for (;;) {
    const page = await client.changes(cursor, PAGE);
    latest.add(page.contacts);
    cursor = page.cursor;
    if (!page.more) break;
  }
  return latest.live();
}

const options = {
  ...serverOptions,
  ...databaseOption,
  org: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  const server = values.db === undefined && (values.server ?? process.env.CONTACTS_SERVER) !== undefined;
  if (!server && values.db === undefined && positionals.length > 0) return localExport.run(args);
  const mode = server ? SERVER_USAGE : DATABASE_USAGE;
  if (positionals.length > 0) return usageError(`An export from the ${server ? 'server' : 'database'} takes no FILE (got "${positionals[0]}").`, mode);
  if (values.server !== undefined && values.db !== undefined) return usageError('Give either --server (export through the server) or --db (straight from its database), not both.', usage);
  if (server && values.org !== undefined) return usageError('--org is for an export from the database (--db): through --server, the token decides the organisation.', mode);
  const format = values.format;
  if (format !== 'csv' && format !== 'vcard') return usageError(`--format must be csv or vcard${format === undefined ? '' : `, not "${format}"`}.`, mode);
  if (!server) return exportFromDatabase({ db: databaseOf(values), org: values.org, format, out: values.out });
  const client = clientFrom(values);
  if (typeof client === 'string') return usageError(client, SERVER_USAGE);
  let contacts: Contact[];
  try {
    contacts = await pullDirectory(client);
  } catch (error) {
    return reportFailure(error);
  }
  return writeExport(contacts, format, values.out);
}
