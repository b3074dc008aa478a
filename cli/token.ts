/**
 * `company-contacts token create --name NAME --role admin|member [--db FILE]`, `token list`, `token revoke NAME`:
 * manages the directory server's bearer tokens directly in its database (issue 3). `create` prints the token once,
 * alone on stdout, so `TOKEN=$(npm run -s cli -- token create …)` works; only its SHA-256 hash is stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createToken, TokenError } from '../server/auth/tokens';
import { defaults } from '../server/config';
import { openStore, storeKind } from '../server/store/open-store';
import type { Store, TokenRecord } from '../server/store/store';
import { StoreOpenError } from '../server/store/store-open-error';
import { usageError } from './usage';

export const usage =
  'token create --name NAME --role admin|member [--db FILE|URL] | token list [--db FILE|URL] | token revoke NAME [--db FILE|URL]   manage server tokens';

const now = () => new Date().toISOString();

/**
 * Opens the database for a token command. Without --db (or CONTACTS_DB) that is data/contacts.sqlite under the
 * current folder: the server's default only when run from the folder the server runs in. `create` on a missing file
 * makes a new database (so tokens can exist before the first start) and says so; `list` and `revoke` refuse one.
 * A postgres:// URL names an existing database: opening it creates the tables if needed, as the server does.
 */
async function withStore(file: string, create: boolean, use: (store: Store) => Promise<number>): Promise<number> {
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
      `There was no database at ${where}: created a new one for this token. A server started on another file will not know it: ` +
        'if yours runs, pass its database with --db FILE (the server prints its path when it starts).\n',
    );
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * One line of `token list`, tab-separated: name, role, created, expiry, last use, state, and the owner of a device
 * token (issue 11).
 */
function listLine(token: TokenRecord, all: readonly TokenRecord[], at: string): string {
  const state = token.revokedAt ? `revoked ${token.revokedAt}` : token.expiresAt !== null && token.expiresAt <= at ? 'expired' : 'active';
  const owner = token.ownerId === null ? '' : `device of ${all.find((other) => other.id === token.ownerId)?.name ?? token.ownerId}`;
  return [
    token.name,
    token.role,
    `created ${token.createdAt}`,
    token.expiresAt === null ? 'never expires' : `expires ${token.expiresAt}`,
    token.lastUsedAt === null ? 'never used' : `last used ${token.lastUsedAt}`,
    state,
    owner,
  ].join('\t');
}

/** Revokes the token named `name` and the device tokens it owns, as the API does; returns the names revoked. */
async function revokeWithDevices(store: Store, name: string, at: string): Promise<string[]> {
  return store.transaction(async (tx) => {
    const tokens = await tx.listTokens();
    const target = tokens.find((token) => token.name === name && token.revokedAt === null);
    if (target === undefined) return [];
    const revoked = [target, ...tokens.filter((token) => token.ownerId === target.id && token.revokedAt === null)];
    for (const token of revoked) await tx.revokeTokenById(token.id, at);
    return revoked.map((token) => token.name);
  });
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, db: { type: 'string' } },
  });
  const [action, ...rest] = positionals;
  const db = values.db ?? process.env.CONTACTS_DB ?? defaults.db;
  switch (action) {
    case 'create': {
      if (!values.name || !values.role || rest.length > 0) return usageError('token create needs --name NAME and --role admin|member.', usage);
      const { name, role } = values;
      return withStore(db, true, async (store) => {
        try {
          process.stdout.write(`${await createToken(store, name, role, now())}\n`);
          return 0;
        } catch (error) {
          if (!(error instanceof TokenError)) throw error;
          process.stderr.write(`${error.message}\n`);
          return error.message.startsWith('Role') ? 2 : 1;
        }
      });
    }
    case 'list':
      if (rest.length > 0) return usageError('token list takes no arguments.', usage);
      return withStore(db, false, async (store) => {
        const tokens = await store.listTokens();
        for (const token of tokens) process.stdout.write(`${listLine(token, tokens, now())}\n`);
        return 0;
      });
    case 'revoke': {
      const name = rest[0];
      if (name === undefined || rest.length > 1) return usageError('token revoke needs one NAME.', usage);
      return withStore(db, false, async (store) => {
        const revoked = await revokeWithDevices(store, name, now());
        if (revoked.length === 0) {
          process.stderr.write(`No active token named "${name}": see the names with "token list".\n`);
          return 1;
        }
        const devices = revoked.slice(1);
        const also = devices.length === 0 ? '' : ` (and its device tokens ${devices.map((device) => `"${device}"`).join(', ')})`;
        process.stderr.write(`Token "${name}" revoked${also}: refused from now on.\n`);
        return 0;
      });
    }
    default:
      return usageError(action === undefined ? 'Missing action.' : `Unknown action "${action}".`, usage);
  }
}
