/**
 * Bearer tokens (issue 3): random, shown once, stored only as their SHA-256 hash, each with a name and a role.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../lib/api/api';
import type { OrgStore } from '../store/store';

const ROLES: readonly Role[] = ['admin', 'member'];
const NAME = /^[\w.@-]{1,64}$/u;

/** The at-rest form of a token: a table dump does not reveal usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token setup problem a user can fix (bad name, name taken, unknown role). */
export class TokenError extends Error {
  override name = 'TokenError';
}

/**
 * Creates a token of the store's organisation and returns it in clear: the only time it exists outside the caller's
 * hands. Names are unique within an organisation (issue 10).
 */
export async function createToken(store: OrgStore, name: string, role: string, now: string): Promise<string> {
  if (!NAME.test(name)) {
    throw new TokenError(`Token name "${name}" is not allowed: use 1 to 64 letters, digits, ".", "_", "-" or "@".`);
  }
  if (!ROLES.includes(role as Role)) {
    throw new TokenError(`Role "${role}" is unknown: use admin (reads and writes) or member (reads only).`);
  }
  const token = `cc_${randomBytes(32).toString('base64url')}`;
  // Checked inside the write transaction: two processes creating the same name at once cannot both succeed.
  await store.transaction(async (tx) => {
    const taken = (await tx.listTokens()).some((existing) => existing.name === name);
    if (taken) throw new TokenError(`A token named "${name}" already exists (names stay reserved once revoked): pick another name.`);
    await tx.createToken({ name, role: role as Role, hash: hashToken(token), createdAt: now });
  });
  return token;
}

/**
 * When the organisation has no active admin token (the default organisation on first start), creates one named
 * `admin` (or `admin-2`, …) and returns it.
 */
export async function ensureAdminToken(store: OrgStore, now: string): Promise<string | null> {
  const token = `cc_${randomBytes(32).toString('base64url')}`;
  // One write transaction from the check to the write (it holds the writer lock on both stores), so two instances
  // starting at once on a new database create one admin token between them, not one each.
  const created = await store.transaction(async (tx) => {
    if (await tx.hasActiveAdmin()) return false;
    const names = new Set((await tx.listTokens()).map((existing) => existing.name));
    let name = 'admin';
    for (let n = 2; names.has(name); n++) name = `admin-${n}`;
    await tx.createToken({ name, role: 'admin', hash: hashToken(token), createdAt: now });
    return true;
  });
  return created ? token : null;
}
