/**
 * The PostgreSQL implementation of the store (issue 10), driver `pg` (node-postgres): a pool of connections for
 * reads, one connection per write transaction.
 *
 * The writer lock: every write transaction first locks the one row of `feed_counter` (SELECT … FOR UPDATE), in
 * every instance on the database, so write transactions run one at a time per directory. That makes duplicate
 * detection exact (no other writer can add a contact between a transaction's look-up and its insert; a unique
 * constraint could not express "same phone number, different contact" rules) and gives the change feed its order:
 * the transaction takes its seqs from the counter it holds and stores the last one back before COMMIT; the lock is
 * released only once that commit is visible, so the next writer's seqs are higher and it commits later. Committed
 * rows therefore always hold every seq below the highest one a reader can see, and paging on `seq > cursor` meets
 * each change once, in commit order. A bigserial would not: its value is taken at insert time, so a transaction
 * holding seq 7 can commit after a reader already paged past 8.
 *
 * Transactions of one process also queue in memory (as SQLite's do), so the process holds at most one connection
 * waiting on the lock, and the shared look-up index (lookup-index.ts) has one user at a time.
 */
import pg from 'pg';
import type { Contact } from '../../../lib/contact/contact';
import type { Store, Tx } from '../store';
import { LookupIndex, type Undo } from './lookup-index';
import { migrate } from './migrations';
import { postgresOpenError, redactUrl } from './postgres-open-error';
import { postgresReads, type Query } from './postgres-reads';
import { createWriteQueue } from '../write-queue';

interface PostgresStoreOptions {
  /** postgres:// or postgresql:// URL. */
  url: string;
  now: () => string;
}

/** Connects, migrates (under an advisory lock), and returns the store; throws a `StoreOpenError` saying how to fix. */
export async function openPostgresStore({ url, now }: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // An instance that freezes inside a write transaction (its TCP connection still open) would hold the writer lock
    // of every instance: PostgreSQL ends such a transaction after a minute, twice the request timeout.
    idle_in_transaction_session_timeout: 60_000,
  });
  // An idle connection that breaks (PostgreSQL restarted) is dropped by the pool and replaced on next use; without
  // a listener the error would end the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client, redactUrl(url), now);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw postgresOpenError(url, error);
  }

  const index = new LookupIndex();
  const query: Query = async (statement) => (await pool.query(statement)).rows;
  const queue = createWriteQueue();

  return {
    ...postgresReads(query),
    transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      const run = async () => {
        const client = await pool.connect();
        const tx = postgresTx(client, index);
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          await tx.begin();
          const result = await fn(tx);
          await tx.commit();
          return result;
        } catch (error) {
          tx.undo();
          await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
          throw error;
        } finally {
          // A connection whose ROLLBACK failed is in an unknown state: the pool closes it.
          client.release(broken);
        }
      };
      return queue.run(run);
    },
    async touchToken(id, at) {
      // On the pool, outside the writer lock: one row, and a write transaction that revokes this token meanwhile
      // only makes this statement wait for its row lock.
      await pool.query({
        name: 'touch-token',
        text: 'UPDATE tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $1 COLLATE "C")',
        values: [at, id],
      });
    },
    async close() {
      await queue.idle();
      await pool.end();
    },
  };
}

interface Pending {
  contact: Contact;
  seq: number;
}

/** One write transaction on `client`: `begin()` after BEGIN, `commit()` to end it, `undo()` after a failure. */
function postgresTx(client: pg.PoolClient, index: LookupIndex): Tx & { begin(): Promise<void>; commit(): Promise<void>; undo(): void } {
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
      text: `INSERT INTO contacts (id, seq, version, email, deleted, json)
             SELECT * FROM unnest($1::text[], $2::int8[], $3::int4[], $4::text[], $5::bool[], $6::text[])
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, version = excluded.version, email = excluded.email,
               deleted = excluded.deleted, json = excluded.json`,
      values: [
        ids,
        rows.map((row) => row.seq),
        rows.map((row) => row.contact.version),
        rows.map((row) => (row.contact.deleted ? null : (row.contact.email ?? null))),
        rows.map((row) => row.contact.deleted),
        rows.map((row) => JSON.stringify(row.contact)),
      ],
    });
    const rewritten = rows.filter((row) => row.contact.version > 1).map((row) => row.contact.id);
    if (rewritten.length > 0) {
      await client.query({ name: 'drop-phones', text: 'DELETE FROM contact_phones WHERE contact_id = ANY($1::text[])', values: [rewritten] });
    }
    const phones = rows.filter((row) => !row.contact.deleted).flatMap((row) => row.contact.phones.map((phone) => [phone.number, row.contact.id]));
    if (phones.length > 0) {
      await client.query({
        name: 'add-phones',
        text: 'INSERT INTO contact_phones (number, contact_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
        values: [phones.map((phone) => phone[0]), phones.map((phone) => phone[1])],
      });
    }
  };
  const flushed: Query = async (statement) => {
    await flush();
    return raw(statement);
  };
  const reads = postgresReads(flushed);

  return {
    ...reads,
    async getContact(id) {
      const buffered = pending.get(id);
      return buffered ? buffered.contact : postgresReads(raw).getContact(id);
    },
    async begin() {
      // The writer lock, taken first (see the header comment).
      const locked = await raw<{ seq: string }>({ name: 'lock-counter', text: 'SELECT seq FROM feed_counter WHERE id = 1 FOR UPDATE' });
      counterSeq = lastSeq = Number(locked[0]!.seq);
      if (counterSeq < index.seq) index.clear();
      if (counterSeq === index.seq) return;
      const changed = await raw<{ seq: string; json: string }>({
        name: 'changes-since',
        text: 'SELECT seq, json FROM contacts WHERE seq > $1 ORDER BY seq',
        values: [index.seq],
      });
      for (const row of changed) index.apply(JSON.parse(row.json) as Contact, Number(row.seq));
      index.seq = counterSeq;
    },
    async commit() {
      await flush();
      if (lastSeq !== counterSeq) {
        await client.query({ name: 'store-counter', text: 'UPDATE feed_counter SET seq = $1 WHERE id = 1', values: [lastSeq] });
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
    async addAudit({ at, token, action, contactIds, importId, targetToken }) {
      await flushed({
        name: 'add-audit',
        text: 'INSERT INTO audit (at, token, action, contact_ids, import_id, target_token) VALUES ($1, $2, $3, $4, $5, $6)',
        values: [at, token, action, JSON.stringify(contactIds), importId ?? null, targetToken ?? null],
      });
    },
    async createImport(record, items) {
      await flushed({ text: 'INSERT INTO imports (id, token, file, created_at) VALUES ($1, $2, $3, $4)', values: [record.id, record.token, record.file, record.createdAt] });
      if (items.length === 0) return;
      await raw({
        name: 'add-import-items',
        text: `INSERT INTO import_items (import_id, contact_id, before, after_version)
               SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int4[]) ON CONFLICT DO NOTHING`,
        values: [
          record.id,
          items.map((item) => item.contactId),
          items.map((item) => (item.before ? JSON.stringify(item.before) : null)),
          items.map((item) => item.afterVersion),
        ],
      });
    },
    async importItems(importId) {
      const rows = await flushed<{ contact_id: string; before: string | null; after_version: number }>({
        text: 'SELECT contact_id, before, after_version FROM import_items WHERE import_id = $1',
        values: [importId],
      });
      return rows.map((row) => ({
        contactId: row.contact_id,
        before: row.before === null ? null : (JSON.parse(row.before) as Contact),
        afterVersion: row.after_version,
      }));
    },
    async markImportUndone(importId, at) {
      await flushed({ text: 'UPDATE imports SET undone_at = $1 WHERE id = $2', values: [at, importId] });
    },
    async putIdempotent(token, key, answer, at) {
      // Keys live a day, as on SQLite.
      await flushed({ text: 'DELETE FROM idempotency WHERE created_at < $1', values: [new Date(Date.parse(at) - 86_400_000).toISOString()] });
      await raw({
        text: `INSERT INTO idempotency (token, key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (token, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
                 body = excluded.body, created_at = excluded.created_at`,
        values: [token, key, answer.fingerprint, answer.status, JSON.stringify(answer.body), at],
      });
    },
    async createToken({ id, name, role, hash, createdAt, expiresAt = null, ownerId = null }) {
      await flushed({
        text: 'INSERT INTO tokens (id, name, role, hash, created_at, expires_at, owner_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        values: [id, name, role, hash, createdAt, expiresAt, ownerId],
      });
    },
    async revokeToken(name, at) {
      await flush();
      const result = await client.query('UPDATE tokens SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL', [at, name]);
      return (result.rowCount ?? 0) > 0;
    },
    async revokeTokenById(id, at) {
      await flush();
      const result = await client.query('UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
      return (result.rowCount ?? 0) > 0;
    },
  };
}
