/**
 * The read queries of the SQLite store, prepared once per connection: the store runs them on its reader connection
 * (committed data only) and a transaction runs them on the writer connection (it sees its own writes).
 */
import type Database from 'better-sqlite3';
import type { AuditAction, AuditEntry, Role } from '../../../lib/api';
import type { Contact } from '../../../lib/contact';
import type { StoreReads, TokenRecord } from '../store';

export interface ContactRow {
  seq: number;
  json: string;
}

const CONTACT_COLUMNS = 'seq, json';

export function rowToContact(row: ContactRow): Contact {
  return JSON.parse(row.json) as Contact;
}

interface TokenRow {
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}
const toToken = (row: TokenRow): TokenRecord => ({
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

interface AuditRow {
  id: number;
  at: string;
  token: string;
  action: AuditAction;
  contact_ids: string;
  import_id: string | null;
}
const toAuditEntry = (row: AuditRow): AuditEntry => ({
  id: String(row.id),
  at: row.at,
  token: row.token,
  action: row.action,
  contactIds: JSON.parse(row.contact_ids) as string[],
  importId: row.import_id,
});

export function sqliteReads(db: Database.Database): StoreReads {
  const contactById = db.prepare<[string], ContactRow>(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id = ?`);
  const pageJson = db.prepare<[number, number], string>('SELECT json FROM contacts WHERE seq > ? ORDER BY seq LIMIT ?').pluck();
  const lastSeqOf = db
    .prepare<[number, number], number | null>('SELECT max(seq) FROM (SELECT seq FROM contacts WHERE seq > ? ORDER BY seq LIMIT ?)')
    .pluck();
  const anyAfter = db.prepare<[number], number>('SELECT 1 FROM contacts WHERE seq > ? LIMIT 1').pluck();
  // One read transaction, so the page, its last seq and `more` come from the same snapshot. Only the stored JSON
  // strings cross into JS (no object per contact): the feed's hot path.
  const readPage = db.transaction((afterSeq: number, limit: number) => {
    const rows = pageJson.all(afterSeq, limit);
    const lastSeq = lastSeqOf.get(afterSeq, limit) ?? afterSeq;
    return { json: `[${rows.join(',')}]`, lastSeq, more: anyAfter.get(lastSeq) !== undefined };
  });
  const auditAfter = db.prepare<[number, string, number], AuditRow>(
    'SELECT * FROM audit WHERE id > ? AND at > ? ORDER BY id LIMIT ?',
  );
  const tokenByHash = db.prepare<[string], TokenRow>('SELECT * FROM tokens WHERE hash = ? AND revoked_at IS NULL');
  const tokens = db.prepare<[], TokenRow>('SELECT * FROM tokens ORDER BY created_at, name');
  const activeAdmin = db.prepare("SELECT 1 FROM tokens WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1");
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
      return readPage(afterSeq, limit);
    },
    async audit({ afterId, since = '', limit }) {
      const rows = auditAfter.all(afterId, since, limit + 1);
      const page = rows.slice(0, limit);
      return { entries: page.map(toAuditEntry), lastId: page.at(-1)?.id ?? afterId, more: rows.length > limit };
    },
    async findToken(hash) {
      const row = tokenByHash.get(hash);
      return row && toToken(row);
    },
    async listTokens() {
      return tokens.all().map(toToken);
    },
    async hasActiveAdmin() {
      return activeAdmin.get() !== undefined;
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
