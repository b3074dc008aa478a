/**
 * One write transaction of one organisation on the PostgreSQL store (see open-postgres-store.ts for the writer lock
 * and why the feed has no gap): contact writes buffered and sent in bulk, duplicate look-ups from the organisation's
 * in-memory index, kept in step with the transaction's own writes and undone if it rolls back.
 */
import type pg from 'pg';
import type { Contact } from '../../../lib/contact/contact';
import type { Tx } from '../store';
import type { LookupIndex, Undo } from './lookup-index';
import { postgresReads, type Query } from './postgres-reads';

interface Pending {
  contact: Contact;
  seq: number;
}

/** One write transaction on `client`: `begin()` after BEGIN, `commit()` to end it, `undo()` after a failure. */
export function postgresTx(client: pg.PoolClient, orgId: string, index: LookupIndex): Tx & { begin(): Promise<void>; commit(): Promise<void>; undo(): void } {
  const raw: Query = async (statement) => (await client.query(statement)).rows;
  // Contact writes are buffered and sent as one statement per table (an import of 1,000 lines is a few round trips,
  // not thousands); any read but getContact (which checks the buffer) sends them first, so reads see them.
  const pending = new Map<string, Pending>();
  const undos: Undo[] = [];
  let lastSeq = 0;
  let counterSeq = 0;

  const flush = async () => {
    if (pending.size === 0) return;
    const rows = [...pending.values()];
    pending.clear();
    const ids = rows.map((row) => row.contact.id);
    await client.query({
      name: 'flush-contacts',
      text: `INSERT INTO contacts (org_id, id, seq, version, email, deleted, json)
             SELECT $7, * FROM unnest($1::text[], $2::int8[], $3::int4[], $4::text[], $5::bool[], $6::text[])
             ON CONFLICT (org_id, id) DO UPDATE SET seq = excluded.seq, version = excluded.version, email = excluded.email,
               deleted = excluded.deleted, json = excluded.json`,
      values: [
        ids,
        rows.map((row) => row.seq),
        rows.map((row) => row.contact.version),
        rows.map((row) => (row.contact.deleted ? null : (row.contact.email ?? null))),
        rows.map((row) => row.contact.deleted),
        rows.map((row) => JSON.stringify(row.contact)),
        orgId,
      ],
    });
    const rewritten = rows.filter((row) => row.contact.version > 1).map((row) => row.contact.id);
    if (rewritten.length > 0) {
      await client.query({ name: 'drop-phones', text: 'DELETE FROM contact_phones WHERE org_id = $2 AND contact_id = ANY($1::text[])', values: [rewritten, orgId] });
    }
    const phones = rows.filter((row) => !row.contact.deleted).flatMap((row) => row.contact.phones.map((phone) => [phone.number, row.contact.id]));
    if (phones.length > 0) {
      await client.query({
        name: 'add-phones',
        text: 'INSERT INTO contact_phones (org_id, number, contact_id) SELECT $3, * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
        values: [phones.map((phone) => phone[0]), phones.map((phone) => phone[1]), orgId],
      });
    }
  };
  const flushed: Query = async (statement) => {
    await flush();
    return raw(statement);
  };
  const reads = postgresReads(flushed, orgId);

  return {
    ...reads,
    async getContact(id) {
      const buffered = pending.get(id);
      return buffered ? buffered.contact : postgresReads(raw, orgId).getContact(id);
    },
    async begin() {
      // The organisation's writer lock, taken first (see the header comment).
      const locked = await raw<{ seq: string }>({ name: 'lock-counter', text: 'SELECT seq FROM organisations WHERE id = $1 FOR UPDATE', values: [orgId] });
      if (locked.length === 0) throw new Error(`There is no organisation "${orgId}" in this database.`);
      counterSeq = lastSeq = Number(locked[0]!.seq);
      if (counterSeq < index.seq) index.clear();
      if (counterSeq === index.seq) return;
      const changed = await raw<{ seq: string; json: string }>({
        name: 'changes-since',
        text: 'SELECT seq, json FROM contacts WHERE org_id = $1 AND seq > $2 ORDER BY seq',
        values: [orgId, index.seq],
      });
      for (const row of changed) index.apply(JSON.parse(row.json) as Contact, Number(row.seq));
      index.seq = counterSeq;
    },
    async commit() {
      await flush();
      if (lastSeq !== counterSeq) {
        await client.query({ name: 'store-counter', text: 'UPDATE organisations SET seq = $1 WHERE id = $2', values: [lastSeq, orgId] });
      }
      await client.query('COMMIT');
      undos.length = 0;
      index.seq = lastSeq;
    },
    undo() {
      pending.clear();
      for (const undo of undos.reverse()) index.undo(undo);
      undos.length = 0;
    },
    lookup: () => index,
    async putContact(input) {
      // The API's key order, absent optional fields left out (as the SQLite store writes it).
      const { id, version, updatedAt, name, position, email, phones } = input;
      const deleted = input.deleted === true;
      const contact: Contact = { id, version, updatedAt, deleted, name, ...(position ? { position } : {}), ...(email ? { email } : {}), phones };
      const seq = ++lastSeq;
      pending.set(id, { contact, seq });
      undos.push(index.apply(contact, seq));
      return contact;
    },
    async addAudit({ at, token, action, contactIds, importId, targetToken, change }) {
      await flushed({
        name: 'add-audit',
        // seq: the organisation's next audit number (its writers hold its lock); (org_id, seq) is unique.
        text:
          'INSERT INTO audit (org_id, seq, at, token, action, contact_ids, import_id, target_token, details) ' +
          'VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit WHERE org_id = $1), $2, $3, $4, $5, $6, $7, $8)',
        values: [orgId, at, token, action, JSON.stringify(contactIds), importId ?? null, targetToken ?? null, change ? JSON.stringify(change) : null],
      });
    },
    async createImport(record, items) {
      await flushed({
        text: 'INSERT INTO imports (org_id, id, token, file, created_at) VALUES ($1, $2, $3, $4, $5)',
        values: [orgId, record.id, record.token, record.file, record.createdAt],
      });
      if (items.length === 0) return;
      await raw({
        name: 'add-import-items',
        text: `INSERT INTO import_items (org_id, import_id, contact_id, before, after_version)
               SELECT $5, $1, * FROM unnest($2::text[], $3::text[], $4::int4[]) ON CONFLICT DO NOTHING`,
        values: [
          record.id,
          items.map((item) => item.contactId),
          items.map((item) => (item.before ? JSON.stringify(item.before) : null)),
          items.map((item) => item.afterVersion),
          orgId,
        ],
      });
    },
    async importItems(importId) {
      const rows = await flushed<{ contact_id: string; before: string | null; after_version: number }>({
        text: 'SELECT contact_id, before, after_version FROM import_items WHERE org_id = $1 AND import_id = $2',
        values: [orgId, importId],
      });
      return rows.map((row) => ({
        contactId: row.contact_id,
        before: row.before === null ? null : (JSON.parse(row.before) as Contact),
        afterVersion: row.after_version,
      }));
    },
    async markImportUndone(importId, at) {
      await flushed({ text: 'UPDATE imports SET undone_at = $1 WHERE org_id = $2 AND id = $3', values: [at, orgId, importId] });
    },
    async putIdempotent(token, key, answer, at) {
      // Keys live a day, as on SQLite.
      await flushed({
        text: 'DELETE FROM idempotency WHERE org_id = $1 AND created_at < $2',
        values: [orgId, new Date(Date.parse(at) - 86_400_000).toISOString()],
      });
      await raw({
        text: `INSERT INTO idempotency (org_id, token, key, fingerprint, status, body, created_at) VALUES ($7, $1, $2, $3, $4, $5, $6)
               ON CONFLICT (org_id, token, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
                 body = excluded.body, created_at = excluded.created_at`,
        values: [token, key, answer.fingerprint, answer.status, JSON.stringify(answer.body), at, orgId],
      });
    },
    async createToken({ id, name, role, hash, createdAt, expiresAt = null, ownerId = null }) {
      await flushed({
        text: `INSERT INTO tokens (org_id, id, name, role, hash, created_at, expires_at, owner_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        values: [orgId, id, name, role, hash, createdAt, expiresAt, ownerId],
      });
    },
    async revokeToken(name, at) {
      await flush();
      const result = await client.query('UPDATE tokens SET revoked_at = $1 WHERE org_id = $2 AND name = $3 AND revoked_at IS NULL', [at, orgId, name]);
      return (result.rowCount ?? 0) > 0;
    },
    async revokeTokenById(id, at) {
      await flush();
      const result = await client.query('UPDATE tokens SET revoked_at = $1 WHERE org_id = $2 AND id = $3 AND revoked_at IS NULL', [at, orgId, id]);
      return (result.rowCount ?? 0) > 0;
    },
  };
}
