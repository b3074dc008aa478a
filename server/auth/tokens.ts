/**
 * Bearer tokens (issue 3): random, shown once, stored only as their SHA-256 hash, each with a name and a role; since
 * issue 11 also an id, an optional expiry and, for a member's device token, the member token owning it.
 */
import { hash, randomBytes } from 'node:crypto';
import type { Role } from '../../lib/api/api';
import { isTokenName } from '../../lib/token/is-token-name';
import type { OrgStore, TokenRecord } from '../store/store';

const ROLES: readonly Role[] = ['admin', 'member'];

/** The at-rest form of a token: a table dump does not reveal usable tokens. */
export function hashToken(token: string): string {
  // One-shot: a third of createHash().update().digest()'s cost, on every authenticated request.
  return hash('sha256', token, 'hex');
}

/** A token setup problem a user can fix: `invalid` (bad name or role) or `taken` (the name exists). */
export class TokenError extends Error {
  override name = 'TokenError';
  constructor(
    readonly reason: 'invalid' | 'taken',
    message: string,
  ) {
    super(message);
  }
}

export interface NewToken {
  name: string;
  role: string;
  /** ISO 8601 (toISOString form); absent: never expires. */
  expiresAt?: string | null;
  /** The member token a device token belongs to: of the same organisation (the store is that organisation's). */
  ownerId?: string | null;
  /** The name of the token creating it through the API: the creation is audited as `token.create` under it. */
  actor?: string;
}

const newSecret = () => `cc_${randomBytes(32).toString('base64url')}`;
const newTokenId = () => randomBytes(16).toString('hex');

/**
 * Creates a token of the store's organisation and returns its record and its secret in clear: the only time the
 * secret exists outside the caller's hands. Names are unique within an organisation (issue 10). Throws `TokenError`
 * on a bad name or role, or a name already used.
 */
export async function issueToken(store: OrgStore, input: NewToken, now: string): Promise<{ secret: string; record: TokenRecord }> {
  const { name, role } = input;
  if (!isTokenName(name)) {
    throw new TokenError('invalid', `Token name "${name}" is not allowed: use 1 to 64 letters, digits, ".", "_", "-" or "@".`);
  }
  if (!ROLES.includes(role as Role)) {
    throw new TokenError('invalid', `Role "${role}" is unknown: use admin (reads and writes) or member (reads only).`);
  }
  const secret = newSecret();
  const record: TokenRecord = {
    id: newTokenId(),
    name,
    role: role as Role,
    createdAt: now,
    revokedAt: null,
    expiresAt: input.expiresAt ?? null,
    lastUsedAt: null,
    ownerId: input.ownerId ?? null,
  };
  // Checked inside the write transaction: two processes creating the same name at once cannot both succeed. Names
  // stay reserved once revoked: the audit names tokens, and a reused name would pin old entries on a new holder.
  await store.transaction(async (tx) => {
    const taken = (await tx.listTokens()).some((existing) => existing.name === name);
    if (taken) throw new TokenError('taken', `A token named "${name}" already exists (names stay reserved once revoked): pick another name.`);
    await tx.createToken({ ...record, hash: hashToken(secret) });
    if (input.actor !== undefined) {
      await tx.addAudit({ at: now, token: input.actor, action: 'token.create', contactIds: [], targetToken: name });
    }
  });
  return { secret, record };
}

/** Creates a token of the store's organisation (the CLI, tests) and returns it in clear. */
export async function createToken(store: OrgStore, name: string, role: string, now: string): Promise<string> {
  return (await issueToken(store, { name, role }, now)).secret;
}

/**
 * When the organisation has no usable admin token (the default organisation on first start, or every admin token
 * expired), creates one named `admin` (or `admin-2`, …) and returns its name and secret.
 */
export async function ensureAdminToken(store: OrgStore, now: string): Promise<{ name: string; secret: string } | null> {
  const token = newSecret();
  // One write transaction from the check to the write (it holds the writer lock on both stores), so two instances
  // starting at once on a new database create one admin token between them, not one each. An expired admin token
  // does not count: restarting the server is how an admin whose tokens all expired gets back in.
  const created = await store.transaction(async (tx) => {
    if (await tx.hasActiveAdmin(now)) return null;
    const names = new Set((await tx.listTokens()).map((existing) => existing.name));
    let name = 'admin';
    for (let n = 2; names.has(name); n++) name = `admin-${n}`;
    await tx.createToken({ id: newTokenId(), name, role: 'admin', hash: hashToken(token), createdAt: now });
    return name;
  });
  return created === null ? null : { name: created, secret: token };
}
