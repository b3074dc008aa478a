/**
 * The read queries of the SQLite store, prepared once per connection: the store runs them on its reader connection
 * (committed data only) and a transaction runs them on the writer connection (it sees its own writes). Every query
 * of `sqliteReads` is bound to one organisation (issue 10): its org_id is the first column of every key.
 */
import type Database from 'better-sqlite3';
import type { Contact } from '../../../lib/contact/contact';
import { auditPage, auditStatements, type AuditDialect, type AuditRow } from '../audit-row';
import { CONTACT_BY_ID, CONTACTS_BY_IDS, FEED_PAGE, FEED_SEQ_AT, LAST_SEQ } from './hot-statements';

/** An entry names a contact when its JSON array of ids holds it; the ids asked for come as one JSON array. */
const SQLITE_AUDIT: AuditDialect = {
  param: () => '?',
  anyContact: (param) => `EXISTS (SELECT 1 FROM json_each(a.contact_ids) WHERE value IN (SELECT value FROM json_each(${param})))`,
  contactsValue: (ids) => JSON.stringify(ids),
};
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
  const contactById = db.prepare<[string, string], ContactRow>(CONTACT_BY_ID);
  // The page is read as plucked strings (no array per row: half the cost of [seq, json] rows), one row past the page
  // telling `more`; the last row's seq, the next cursor, comes from a second statement. Both run in one read
  // transaction, so they see one snapshot: between two autocommit statements a write could move a contact to a newer
  // seq and shift the rows, and the cursor would skip a change. Only stored JSON crosses into JS (no JSON.parse or
  // stringify): the feed's hot path. Plans pinned by a test: see hot-statements.ts.
  const contactsByIds = db.prepare<[string, string], string>(CONTACTS_BY_IDS).pluck();
  const maxSeq = db.prepare<[string], number | null>(LAST_SEQ).pluck();
  const pageJson = db.prepare<[string, number, number], string>(FEED_PAGE).pluck();
  const seqAt = db.prepare<[string, number, number], number>(FEED_SEQ_AT).pluck();
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
  // Audit statements depend on the filters given (issue 11): prepared on first use, one per shape.
  const prepared = new Map<string, Database.Statement>();
  const statement = (text: string) => {
    let found = prepared.get(text);
    if (found === undefined) prepared.set(text, (found = db.prepare(text)));
    return found;
  };
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
    async audit(selection) {
      const { page, count } = auditStatements(orgId, selection, SQLITE_AUDIT);
      const read = () => {
        const rows = statement(page.text).all(...page.values) as AuditRow<number>[];
        const total = selection.count ? (statement(count.text).get(...count.values) as { total: number }).total : undefined;
        return auditPage(rows, selection, total);
      };
      // The page and its count read one snapshot (see readPageInSnapshot).
      if (!selection.count || db.inTransaction) return read();
      begin.run();
      try {
        return read();
      } finally {
        commit.run();
      }
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
