/**
 * Sync tokens (RFC 6578) of the address book: the change feed's seq as a URI (issue 12). The feed keeps
 * tombstones, so any seq the server has reached stays valid for ever: a token is "unknown" only when it is not
 * ours or is ahead of the feed (a database restored from an older backup, or another server at the same address).
 */

const PREFIX = 'urn:x-company-contacts:sync:';

export function formatSyncToken(seq: number): string {
  return `${PREFIX}${seq}`;
}

/** The seq in a token of ours, or null for any other text. The empty token (initial sync) is handled by the caller. */
export function parseSyncToken(token: string): number | null {
  const text = token.trim();
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  if (!/^\d{1,15}$/u.test(digits)) return null;
  return Number(digits);
}
