/**
 * The read queries of the PostgreSQL store for one organisation, over any query function: the store runs them in a
 * short read transaction carrying the organisation's `app.org_id` (row-level security, issue 10), and a write
 * transaction on its own connection (it sees its own writes). Each is one statement, so it reads one snapshot: a feed
 * page and its cursor cannot disagree. Every statement also filters on org_id itself: row-level security is the
 * second wall, not the first.
 */
import type { Contact } from '../../../lib/contact/contact';
import { auditPage, auditStatements, type AuditDialect, type AuditRow } from '../audit-row';

/** contact_ids is JSON text: as jsonb, `?|` asks whether the array holds any of the ids. */
const POSTGRES_AUDIT: AuditDialect = {
  param: (index) => `$${index}`,
  anyContact: (param) => `a.contact_ids::jsonb ?| ${param}::text[]`,
  contactsValue: (ids) => [...ids],
};
import type { StoreReads } from '../store';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

/** Runs one statement; `name` makes it a prepared statement on each connection (the hot paths). */
export type Query = <Row>(statement: { name?: string; text: string; values?: unknown[] }) => Promise<Row[]>;


export function postgresReads(query: Query, orgId: string): StoreReads {
  return {
    async getContact(id) {
      const rows = await query<{ json: string }>({ name: 'contact-by-id', text: 'SELECT json FROM contacts WHERE org_id = $1 AND id = $2', values: [orgId, id] });
      return rows[0] && (JSON.parse(rows[0].json) as Contact);
    },
    async getContacts(ids) {
      if (ids.length === 0) return [];
      const rows = await query<{ json: string }>({ name: 'contacts-by-ids', text: 'SELECT json FROM contacts WHERE org_id = $1 AND id = ANY($2::text[])', values: [orgId, ids] });
      return rows.map((row) => JSON.parse(row.json) as Contact);
    },
    async lastSeq() {
      // The unique index on (org_id, seq) answers MAX from the last entry of the organisation's range.
      const rows = await query<{ seq: string | null }>({
        name: 'last-seq',
        text: 'SELECT MAX(seq) AS seq FROM contacts WHERE org_id = $1',
        values: [orgId],
      });
      return Number(rows[0]?.seq ?? 0);
    },
    async changesJson(afterSeq, limit) {
      // Only stored JSON crosses into JS, joined as is: the feed's hot path. One row past the page tells `more`.
      const rows = await query<{ seq: string; json: string }>({
        name: 'changes-page',
        text: 'SELECT seq, json FROM contacts WHERE org_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        values: [orgId, afterSeq, limit + 1],
      });
      const more = rows.length > limit;
      if (more) rows.pop();
      const lastSeq = rows.length === 0 ? afterSeq : Number(rows.at(-1)!.seq);
      return { json: `[${rows.map((row) => row.json).join(',')}]`, lastSeq, more };
    },
    async audit(selection) {
      const { page, count } = auditStatements(orgId, selection, POSTGRES_AUDIT);
      const rows = await query<AuditRow<string>>(page);
      // Its own statement, so its own snapshot: an entry written between the two is counted and not yet listed (or
      // the reverse), which a count shown beside a page may be.
      const total = selection.count ? Number((await query<{ total: string }>(count))[0]!.total) : undefined;
      return auditPage(rows, selection, total);
    },
    async listTokens() {
      // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
      const rows = await query<TokenRow>({
        text: 'SELECT id, name, role, created_at, revoked_at, expires_at, last_used_at, owner_id FROM tokens WHERE org_id = $1 ORDER BY created_at COLLATE "C", name COLLATE "C"',
        values: [orgId],
      });
      return rows.map(toToken);
    },
    async hasActiveAdmin(now = '') {
      // ISO 8601 UTC strings of one shape compare as their times do (COLLATE "C": byte order); '': expiry not looked at.
      const rows = await query({
        text: `SELECT 1 FROM tokens WHERE org_id = $1 AND role = 'admin' AND revoked_at IS NULL
               AND (expires_at IS NULL OR expires_at > $2 COLLATE "C") LIMIT 1`,
        values: [orgId, now],
      });
      return rows.length > 0;
    },
    async getImport(id) {
      const rows = await query<{ id: string; token: string; file: string; created_at: string; undone_at: string | null }>({
        text: 'SELECT id, token, file, created_at, undone_at FROM imports WHERE org_id = $1 AND id = $2',
        values: [orgId, id],
      });
      const row = rows[0];
      return row && { id: row.id, token: row.token, file: row.file, createdAt: row.created_at, undoneAt: row.undone_at };
    },
    async getIdempotent(token, key) {
      const rows = await query<{ fingerprint: string; status: number; body: string }>({
        text: 'SELECT fingerprint, status, body FROM idempotency WHERE org_id = $1 AND token = $2 AND key = $3',
        values: [orgId, token, key],
      });
      const row = rows[0];
      return row && { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body) as unknown };
    },
  };
}
