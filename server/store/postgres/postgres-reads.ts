/**
 * The read queries of the PostgreSQL store, over any query function: the store runs them on its pool (committed data
 * only) and a transaction on its own connection (it sees its own writes). Each is one statement, so it reads one
 * snapshot: a feed page and its cursor cannot disagree.
 */
import type { Contact } from '../../../lib/contact/contact';
import { toAuditEntry, type AuditRow } from '../audit-row';
import type { StoreReads } from '../store';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

/** Runs one statement; `name` makes it a prepared statement on each connection (the hot paths). */
export type Query = <Row>(statement: { name?: string; text: string; values?: unknown[] }) => Promise<Row[]>;


export function postgresReads(query: Query): StoreReads {
  return {
    async getContact(id) {
      const rows = await query<{ json: string }>({ name: 'contact-by-id', text: 'SELECT json FROM contacts WHERE id = $1', values: [id] });
      return rows[0] && (JSON.parse(rows[0].json) as Contact);
    },
    async changesJson(afterSeq, limit) {
      // Only stored JSON crosses into JS, joined as is: the feed's hot path. One row past the page tells `more`.
      const rows = await query<{ seq: string; json: string }>({
        name: 'changes-page',
        text: 'SELECT seq, json FROM contacts WHERE seq > $1 ORDER BY seq LIMIT $2',
        values: [afterSeq, limit + 1],
      });
      const more = rows.length > limit;
      if (more) rows.pop();
      const lastSeq = rows.length === 0 ? afterSeq : Number(rows.at(-1)!.seq);
      return { json: `[${rows.map((row) => row.json).join(',')}]`, lastSeq, more };
    },
    async audit({ afterId, since = '', limit }) {
      const rows = await query<AuditRow<string>>({
        text: 'SELECT * FROM audit WHERE id > $1 AND at > $2 ORDER BY id LIMIT $3',
        values: [afterId, since, limit + 1],
      });
      const page = rows.slice(0, limit);
      return { entries: page.map(toAuditEntry), lastId: page.length === 0 ? afterId : Number(page.at(-1)!.id), more: rows.length > limit };
    },
    async findToken(hash) {
      // No cache, unlike SQLite's: another instance may revoke a token at any time, and this is one indexed probe.
      const rows = await query<TokenRow>({ name: 'token-by-hash', text: 'SELECT * FROM tokens WHERE hash = $1 AND revoked_at IS NULL', values: [hash] });
      return rows[0] && toToken(rows[0]);
    },
    async listTokens() {
      // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
      const rows = await query<TokenRow>({ text: 'SELECT * FROM tokens ORDER BY created_at COLLATE "C", name COLLATE "C"' });
      return rows.map(toToken);
    },
    async hasActiveAdmin(now = '') {
      // ISO 8601 UTC strings of one shape compare as their times do (COLLATE "C": byte order); '': expiry not looked at.
      const rows = await query({
        text: `SELECT 1 FROM tokens WHERE role = 'admin' AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1 COLLATE "C") LIMIT 1`,
        values: [now],
      });
      return rows.length > 0;
    },
    async getImport(id) {
      const rows = await query<{ id: string; token: string; file: string; created_at: string; undone_at: string | null }>({
        text: 'SELECT * FROM imports WHERE id = $1',
        values: [id],
      });
      const row = rows[0];
      return row && { id: row.id, token: row.token, file: row.file, createdAt: row.created_at, undoneAt: row.undone_at };
    },
    async getIdempotent(token, key) {
      const rows = await query<{ fingerprint: string; status: number; body: string }>({
        text: 'SELECT fingerprint, status, body FROM idempotency WHERE token = $1 AND key = $2',
        values: [token, key],
      });
      const row = rows[0];
      return row && { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body) as unknown };
    },
  };
}
