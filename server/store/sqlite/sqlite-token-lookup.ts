/**
 * Finding the caller's token by its hash, before its organisation is known (issue 10): the one token read that is not
 * bound to an organisation. It answers the token with the organisation it belongs to.
 *
 * Active tokens are remembered by hash while the database is unchanged (`PRAGMA data_version` moves when any other
 * connection — the store's writer, the token CLI — commits), so the auth check on every request is one cheap pragma
 * instead of a lookup. Only for a connection that never writes itself (its own commits would not move data_version).
 */
import type Database from 'better-sqlite3';
import type { CallerToken } from '../store';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

export function sqliteTokenLookup(db: Database.Database): (hash: string) => CallerToken | undefined {
  const tokenByHash = db.prepare<[string], TokenRow & { org_id: string; org_name: string }>(
    `SELECT t.*, o.name AS org_name FROM tokens t JOIN organisations o ON o.id = t.org_id
     WHERE t.hash = ? AND t.revoked_at IS NULL`,
  );
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const cache = new Map<string, CallerToken>();
  let cachedVersion = -1;
  return (hash) => {
    const version = dataVersion.get()!;
    if (version !== cachedVersion) {
      cache.clear();
      cachedVersion = version;
    }
    const cached = cache.get(hash);
    if (cached) return cached;
    const row = tokenByHash.get(hash);
    const token = row && { ...toToken(row), organisation: { id: row.org_id, name: row.org_name } };
    // Only tokens that exist (a few per team): unknown hashes sent by anyone must not grow the map.
    if (token && cache.size < 1000) cache.set(hash, token);
    return token;
  };
}
