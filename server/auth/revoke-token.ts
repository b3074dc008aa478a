/**
 * Revoking a token through the API (issue 11): at once (the next request with it gets 401), with the device tokens
 * it owns (a member who is let go must not keep access through their phone), each audited as `token.revoke`.
 */
import { HttpError } from '../http/http-error';
import type { OrgStore, TokenRecord } from '../store/store';

export interface Revocation {
  id: string;
  /** The name of the token revoking it (audited). */
  actor: string;
  /** May the caller revoke this token? A member: only its own device tokens. Others answer 404, as unknown ids. */
  mayRevoke: (token: TokenRecord) => boolean;
}

const usable = (token: TokenRecord, now: string) => token.revokedAt === null && (token.expiresAt === null || token.expiresAt > now);

/**
 * Revokes the organisation's token `id` and the active tokens it owns, in one write transaction; returns the names revoked. 404 for an
 * id that is unknown, already revoked or not the caller's; 409 for the last usable admin token.
 */
export async function revokeToken(store: OrgStore, { id, actor, mayRevoke }: Revocation, now: string): Promise<string[]> {
  return store.transaction(async (tx) => {
    const tokens = await tx.listTokens();
    const target = tokens.find((token) => token.id === id && token.revokedAt === null);
    if (target === undefined || !mayRevoke(target)) {
      throw new HttpError(404, 'token-not-found', `No active token you may revoke has id "${id}": list them with GET /api/v1/tokens.`);
    }
    // Inside the transaction (the writer lock): two admins revoking each other's token at once cannot both succeed.
    const otherAdmin = tokens.some((token) => token.id !== id && token.role === 'admin' && usable(token, now));
    if (target.role === 'admin' && usable(target, now) && !otherAdmin) {
      throw new HttpError(
        409,
        'last-admin-token',
        `Token "${target.name}" is the last admin token: revoking it would leave nobody able to manage the directory. Create another admin token first, then revoke this one.`,
      );
    }
    const revoked = [target, ...tokens.filter((token) => token.ownerId === id && token.revokedAt === null)];
    for (const token of revoked) {
      await tx.revokeTokenById(token.id, now);
      await tx.addAudit({ at: now, token: actor, action: 'token.revoke', contactIds: [], targetToken: token.name });
    }
    return revoked.map((token) => token.name);
  });
}
