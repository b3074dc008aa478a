/**
 * The read queries of the SQLite store, prepared once per connection: the store runs them on its reader connection
 * (committed data only) and a transaction runs them on the writer connection (it sees its own writes).
 */
import type Database from 'better-sqlite3';
import type { Contact } from '../../../lib/contact/contact';
import { toAuditEntry, type AuditRow } from '../audit-row';
import type { StoreReads, TokenRecord } from '../store';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

export interface ContactRow {
  seq: number;
  json: string;
}

const CONTACT_COLUMNS = 'seq, json';

export function rowToContact(row: ContactRow): Contact {
  return JSON.parse(row.json) as Contact;
}

/**
 * `cacheTokens`: remember active tokens by hash while the database is unchanged (`PRAGMA data_version` moves when
 * any other connection — the store's writer, the token CLI — commits), so the auth check on every request is one
 * cheap pragma instead of a lookup. Only for a connection that never writes itself (its own commits would not move
 * data_version).
 */
export function sqliteReads(db: Database.Database, { cacheTokens = false } = {}): StoreReads {
  const contactById = db.prepare<[string], ContactRow>(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id = ?`);
  // The page is read as plucked strings (no array per row: half the cost of [seq, json] rows), one row past the page
  // telling `more`; the last row's seq, the next cursor, comes from a second statement. Both run in one read
  // transaction, so they see one snapshot: between two autocommit statements a write could move a contact to a newer
  // seq and shift the rows, and the cursor would skip a change. Only stored JSON crosses into JS (no JSON.parse or
  // stringify): the feed's hot path.
  const pageJson = db.prepare<[number, number], string>('SELECT json FROM contacts WHERE seq > ? ORDER BY seq LIMIT ?').pluck();
  const seqAt = db.prepare<[number, number], number>('SELECT seq FROM contacts WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?').pluck();
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const readPage = (afterSeq: number, limit: number) => {
    const rows = pageJson.all(afterSeq, limit + 1);
    const more = rows.length > limit;
    if (more) rows.pop();
    const lastSeq = rows.length === 0 ? afterSeq : seqAt.get(afterSeq, rows.length - 1)!;
    return { json: `[${rows.join(',')}]`, lastSeq, more };
  };
  const readPageInSnapshot = (afterSeq: number, limit: number) => {
    // Inside a write transaction (the writer's own reads) the snapshot is already that transaction's.
    if (db.inTransaction) return readPage(afterSeq, limit);
    begin.run();
    try {
      return readPage(afterSeq, limit);
    } finally {
      commit.run();
    }
  };
  const auditAfter = db.prepare<[number, string, number], AuditRow<number>>(
    'SELECT * FROM audit WHERE id > ? AND at > ? ORDER BY id LIMIT ?',
  );
  const tokenByHash = db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE hash = ? AND revoked_at IS NULL');
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const tokenCache = new Map<string, TokenRecord>();
  let cachedVersion = -1;
  const tokens = db.prepare<[], TokenRow>('SELECT * FROM tokens ORDER BY created_at, name');
  // ISO 8601 UTC strings of one shape (toISOString) compare as their times do; '' when expiry is not looked at.
  const activeAdmin = db.prepare<[string]>(
    "SELECT 1 FROM tokens WHERE role = 'admin' AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?) LIMIT 1",
  );
  const importById = db.prepare<[string], { id: string; token: string; file: string; created_at: string; undone_at: string | null }>(
    'SELECT * FROM imports WHERE id = ?',
  );
  const idempotent = db.prepare<[string, string], { fingerprint: string; status: number; body: string }>(
    'SELECT fingerprint, status, body FROM idempotency WHERE token = ? AND key = ?',
  );

  return {
    async getContact(id) {
      const row = contactById.get(id);
      return row && rowToContact(row);
    },
    async changesJson(afterSeq, limit) {
      return readPageInSnapshot(afterSeq, limit);
    },
    async audit({ afterId, since = '', limit }) {
      const rows = auditAfter.all(afterId, since, limit + 1);
      const page = rows.slice(0, limit);
      return { entries: page.map(toAuditEntry), lastId: page.at(-1)?.id ?? afterId, more: rows.length > limit };
    },
    async findToken(hash) {
      if (cacheTokens) {
        const version = dataVersion.get()!;
        if (version !== cachedVersion) {
          tokenCache.clear();
          cachedVersion = version;
        }
        const cached = tokenCache.get(hash);
        if (cached) return cached;
      }
      const row = tokenByHash.get(hash);
      const token = row && toToken(row);
      // Only tokens that exist (a few per team): unknown hashes sent by anyone must not grow the map.
      if (cacheTokens && token && tokenCache.size < 1000) tokenCache.set(hash, token);
      return token;
    },
    async listTokens() {
      return tokens.all().map(toToken);
    },
    async hasActiveAdmin(now = '') {
      return activeAdmin.get(now) !== undefined;
    },
    async getImport(id) {
      const row = importById.get(id);
      return row && { id: row.id, token: row.token, file: row.file, createdAt: row.created_at, undoneAt: row.undone_at };
    },
    async getIdempotent(token, key) {
      const row = idempotent.get(token, key);
      return row && { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body) as unknown };
    },
  };
}
