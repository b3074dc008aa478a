/**
 * The read queries of the SQLite store, prepared once per connection: the store runs them on its reader connection
 * (committed data only) and a transaction runs them on the writer connection (it sees its own writes). Every query
 * of `sqliteReads` is bound to one organisation (issue 10): its org_id is the first column of every key.
 */
import type Database from 'better-sqlite3';
import type { Contact } from '../../../lib/contact/contact';
import { toAuditEntry, type AuditRow } from '../audit-row';
import type { StoreReads } from '../store';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

export interface ContactRow {
  seq: number;
  json: string;
}

export function rowToContact(row: ContactRow): Contact {
  return JSON.parse(row.json) as Contact;
}

/** The reads of any organisation on `db`: `forOrg(id)` binds them to one (statements are prepared once, here). */
export function sqliteReads(db: Database.Database): (orgId: string) => StoreReads {
  const contactById = db.prepare<[string, string], ContactRow>('SELECT seq, json FROM contacts WHERE org_id = ? AND id = ?');
  // The page is read as plucked strings (no array per row: half the cost of [seq, json] rows), one row past the page
  // telling `more`; the last row's seq, the next cursor, comes from a second statement. Both run in one read
  // transaction, so they see one snapshot: between two autocommit statements a write could move a contact to a newer
  // seq and shift the rows, and the cursor would skip a change. Only stored JSON crosses into JS (no JSON.parse or
  // stringify): the feed's hot path.
  // One statement for any number of ids: they arrive as one JSON array, not as a variable count of parameters.
  // INDEXED BY: without statistics SQLite would scan the organisation's whole primary-key range (see sqliteTx's look-ups).
  const contactsByIds = db
    .prepare<[string, string], string>('SELECT json FROM contacts INDEXED BY contacts_id WHERE org_id = ? AND id IN (SELECT value FROM json_each(?))')
    .pluck();
  // (org_id, seq) is the table's key: MAX reads the last entry of the organisation's range.
  const maxSeq = db.prepare<[string], number | null>('SELECT MAX(seq) FROM contacts WHERE org_id = ?').pluck();
  const pageJson = db
    .prepare<[string, number, number], string>('SELECT json FROM contacts WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?')
    .pluck();
  const seqAt = db
    .prepare<[string, number, number], number>('SELECT seq FROM contacts WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT 1 OFFSET ?')
    .pluck();
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const readPage = (orgId: string, afterSeq: number, limit: number) => {
    const rows = pageJson.all(orgId, afterSeq, limit + 1);
    const more = rows.length > limit;
    if (more) rows.pop();
    const lastSeq = rows.length === 0 ? afterSeq : seqAt.get(orgId, afterSeq, rows.length - 1)!;
    return { json: `[${rows.join(',')}]`, lastSeq, more };
  };
  const readPageInSnapshot = (orgId: string, afterSeq: number, limit: number) => {
    // Inside a write transaction (the writer's own reads) the snapshot is already that transaction's.
    if (db.inTransaction) return readPage(orgId, afterSeq, limit);
    begin.run();
    try {
      return readPage(orgId, afterSeq, limit);
    } finally {
      commit.run();
    }
  };
  const auditAfter = db.prepare<[string, number, string, number], AuditRow<number>>(
    'SELECT id, at, token, action, contact_ids, import_id, target_token FROM audit WHERE org_id = ? AND id > ? AND at > ? ORDER BY id LIMIT ?',
  );
  const tokens = db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE org_id = ? ORDER BY created_at, name');
  // ISO 8601 UTC strings of one shape (toISOString) compare as their times do; '' when expiry is not looked at.
  const activeAdmin = db.prepare<[string, string]>(
    "SELECT 1 FROM tokens WHERE org_id = ? AND role = 'admin' AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?) LIMIT 1",
  );
  const importById = db.prepare<[string, string], { id: string; token: string; file: string; created_at: string; undone_at: string | null }>(
    'SELECT id, token, file, created_at, undone_at FROM imports WHERE org_id = ? AND id = ?',
  );
  const idempotent = db.prepare<[string, string, string], { fingerprint: string; status: number; body: string }>(
    'SELECT fingerprint, status, body FROM idempotency WHERE org_id = ? AND token = ? AND key = ?',
  );

  return (orgId) => ({
    async getContact(id) {
      const row = contactById.get(orgId, id);
      return row && rowToContact(row);
    },
    async getContacts(ids) {
      if (ids.length === 0) return [];
      return contactsByIds.all(orgId, JSON.stringify(ids)).map((json) => JSON.parse(json) as Contact);
    },
    async lastSeq() {
      return maxSeq.get(orgId) ?? 0;
    },
    async changesJson(afterSeq, limit) {
      return readPageInSnapshot(orgId, afterSeq, limit);
    },
    async audit({ afterId, since = '', limit }) {
      const rows = auditAfter.all(orgId, afterId, since, limit + 1);
      const page = rows.slice(0, limit);
      return { entries: page.map(toAuditEntry), lastId: page.at(-1)?.id ?? afterId, more: rows.length > limit };
    },
    async listTokens() {
      return tokens.all(orgId).map(toToken);
    },
    async hasActiveAdmin(now = '') {
      return activeAdmin.get(orgId, now) !== undefined;
    },
    async getImport(id) {
      const row = importById.get(orgId, id);
      return row && { id: row.id, token: row.token, file: row.file, createdAt: row.created_at, undoneAt: row.undone_at };
    },
    async getIdempotent(token, key) {
      const row = idempotent.get(orgId, token, key);
      return row && { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body) as unknown };
    },
  });
}
