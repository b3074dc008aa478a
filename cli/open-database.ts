/**
 * Opening the server's database from a command (`token`, `org`, `store copy`): `--db FILE|URL`, else CONTACTS_DB,
 * else data/contacts.sqlite under the current folder (the server's default only when run from the folder the server
 * runs in), and finding the organisation `--org NAME` names (issue 10; without it, the default organisation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaults } from '../server/config';
import { openStore, storeKind } from '../server/store/open-store';
import { DEFAULT_ORGANISATION_ID, type OrgStore, type Store } from '../server/store/store';
import { StoreOpenError } from '../server/store/store-open-error';

export const now = () => new Date().toISOString();

export const databaseOption = { db: { type: 'string' } } as const;

/** The database a command works on. */
export function databaseOf(values: { db?: string }): string {
  return values.db ?? process.env.CONTACTS_DB ?? defaults.db;
}

/**
 * Opens the database and runs `use` on it, then closes it. `create` on a missing SQLite file makes a new database
 * (so tokens can exist before the first start) and says so; otherwise a missing file is refused. A postgres:// URL
 * names an existing database: opening it creates the tables if needed, as the server does. Returns the exit code.
 */
export async function withStore(file: string, create: boolean, use: (store: Store) => Promise<number>): Promise<number> {
  const where = path.resolve(file);
  const missing = storeKind(file) === 'sqlite' && !fs.existsSync(where);
  if (missing && !create) {
    process.stderr.write(
      `There is no database at ${where}: pass the server's database with --db FILE (or set CONTACTS_DB); the server prints its path when it starts.\n`,
    );
    return 1;
  }
  let store: Store;
  try {
    store = await openStore(file, { now });
  } catch (error) {
    if (error instanceof StoreOpenError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    process.stderr.write(`Cannot open the database ${where}: ${(error as Error).message}. Pass --db FILE (or set CONTACTS_DB).\n`);
    return 1;
  }
  if (missing) {
    process.stderr.write(
      `There was no database at ${where}: created a new one. A server started on another file will not know it: ` +
        'if yours runs, pass its database with --db FILE (the server prints its path when it starts).\n',
    );
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The directory of organisation `name` (the default one when undefined), or null after saying it does not exist. */
export async function organisationStore(store: Store, name: string | undefined): Promise<OrgStore | null> {
  if (name === undefined) return store.forOrg(DEFAULT_ORGANISATION_ID);
  const organisation = await store.findOrganisation(name);
  if (!organisation) {
    process.stderr.write(`There is no organisation named "${name}" in this database: see the names with "org list".\n`);
    return null;
  }
  return store.forOrg(organisation.id);
}
