/**
 * `company-contacts token create --name NAME --role admin|member [--expires DATE] [--org NAME] [--db FILE|URL]`,
 * `token list`, `token revoke NAME`: manages the directory server's bearer tokens directly in its database (issue 3).
 * `create` prints the token once, alone on stdout, so `TOKEN=$(npm run -s cli -- token create …)` works; only its
 * SHA-256 hash is stored. `--org` names the organisation (issue 10); without it, the default one. `--expires` reads
 * a date with the API's own rule (lib/token/read-expiry.ts, issue 11).
 */
import { parseArgs } from 'node:util';
import { readExpiry, type ExpiryProblem } from '../lib/token/read-expiry';
import { issueToken, TokenError } from '../server/auth/tokens';
import type { OrgStore, TokenRecord } from '../server/store/store';
import { databaseOf, databaseOption, now, organisationStore, withStore } from './open-database';
import { usageError } from './usage';

export const usage =
  'token create --name NAME --role admin|member [--expires DATE] [--org NAME] [--db FILE|URL] | token list [--org NAME] [--db FILE|URL] | token revoke NAME [--org NAME] [--db FILE|URL]   manage server tokens';

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

/**
 * Revokes the organisation's token named `name` and the device tokens it owns, as the API does; returns the names
 * revoked.
 */
async function revokeWithDevices(store: OrgStore, name: string, at: string): Promise<string[]> {
  return store.transaction(async (tx) => {
    const tokens = await tx.listTokens();
    const target = tokens.find((token) => token.name === name && token.revokedAt === null);
    if (target === undefined) return [];
    const revoked = [target, ...tokens.filter((token) => token.ownerId === target.id && token.revokedAt === null)];
    for (const token of revoked) await tx.revokeTokenById(token.id, at);
    return revoked.map((token) => token.name);
  });
}

/** What is wrong with `--expires TEXT`, and what to write instead. */
function expiryMessage(text: string, problem: ExpiryProblem, at: string): string {
  if (problem === 'past') return `--expires "${text}" is not in the future (it is now ${at}): give a later date, or leave --expires out for a token that never expires.`;
  return `--expires "${text}" is not an ISO 8601 date, or date-time with its time zone: write e.g. --expires 2027-01-31 (midnight UTC) or --expires 2027-01-31T18:00:00+01:00, or leave it out for a token that never expires.`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' }, org: { type: 'string' }, ...databaseOption },
  });
  const [action, ...rest] = positionals;
  const db = databaseOf(values);
  switch (action) {
    case 'create': {
      if (!values.name || !values.role || rest.length > 0) return usageError('token create needs --name NAME and --role admin|member.', usage);
      const { name, role } = values;
      const at = now();
      const expiry = values.expires === undefined ? null : readExpiry(values.expires, at);
      if (expiry !== null && !expiry.ok) return usageError(expiryMessage(values.expires ?? '', expiry.problem, at), usage);
      const expiresAt = expiry === null ? null : expiry.expiresAt;
      // A new database only for the default organisation: another one must have been created in it first.
      return withStore(db, values.org === undefined, async (store) => {
        const directory = await organisationStore(store, values.org);
        if (!directory) return 1;
        try {
          process.stdout.write(`${(await issueToken(directory, { name, role, expiresAt }, at)).secret}\n`);
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
        const directory = await organisationStore(store, values.org);
        if (!directory) return 1;
        const tokens = await directory.listTokens();
        for (const token of tokens) process.stdout.write(`${listLine(token, tokens, now())}\n`);
        return 0;
      });
    case 'revoke': {
      const name = rest[0];
      if (name === undefined || rest.length > 1) return usageError('token revoke needs one NAME.', usage);
      return withStore(db, false, async (store) => {
        const directory = await organisationStore(store, values.org);
        if (!directory) return 1;
        const revoked = await revokeWithDevices(directory, name, now());
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
