/**
 * Finding the caller's token by its hash, before its organisation is known (issue 10): the one token read that is not
 * bound to an organisation. It answers the token with the organisation it belongs to. The store keeps what it finds
 * for a moment (../token-cache.ts).
 */
import type Database from 'better-sqlite3';
import type { CallerToken } from '../store';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

export function sqliteTokenLookup(db: Database.Database): (hash: string) => CallerToken | undefined {
  const tokenByHash = db.prepare<[string], TokenRow & { org_id: string; org_name: string }>(
    `SELECT t.*, o.name AS org_name FROM tokens t JOIN organisations o ON o.id = t.org_id
     WHERE t.hash = ? AND t.revoked_at IS NULL`,
  );
  return (hash) => {
    const row = tokenByHash.get(hash);
    return row && { ...toToken(row), organisation: { id: row.org_id, name: row.org_name } };
  };
}
