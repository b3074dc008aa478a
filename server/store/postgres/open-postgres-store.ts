/**
 * The PostgreSQL implementation of the store (issue 10), driver `pg` (node-postgres): a pool of connections for
 * reads, one connection per write transaction.
 *
 * The writer lock, per organisation: every write transaction first locks its organisation's row of `organisations`
 * (SELECT … FOR UPDATE), in every instance on the database, so write transactions of one organisation run one at a
 * time, and those of different organisations do not wait for each other. That makes duplicate detection exact (no
 * other writer can add a contact to the organisation between a transaction's look-up and its insert; a unique
 * constraint could not express "same phone number, different contact" rules) and gives the change feed its order:
 * the transaction takes its seqs from the counter it holds (the row's `seq`) and stores the last one back before
 * COMMIT; the lock is released only once that commit is visible, so the next writer's seqs are higher and it commits
 * later. Committed rows therefore always hold every seq below the highest one a reader can see, and paging on
 * `seq > cursor` meets each change once, in commit order. A bigserial would not: its value is taken at insert time,
 * so a transaction holding seq 7 can commit after a reader already paged past 8.
 *
 * Row-level security is the second wall between organisations: every organisation transaction, reads included,
 * starts by setting `app.org_id` (org-scope.ts), and the policies of organisations-migration.ts hide every other row.
 *
 * Transactions of one organisation in one process also queue in memory (as SQLite's do), so the process holds at most
 * one connection per organisation waiting on its lock, and that organisation's look-up index (lookup-index.ts) has
 * one user at a time.
 */
import pg from 'pg';
import type { OrgStore, Store, Tx } from '../store';
import { LookupIndex } from './lookup-index';
import { migrate } from './migrations';
import { beginForOrg, readOneForOrg } from './org-scope';
import { postgresOpenError, redactUrl } from './postgres-open-error';
import { postgresOrganisations } from './postgres-organisations';
import { postgresReads, type Query } from './postgres-reads';
import { postgresTx } from './postgres-tx';
import { batchedStamps } from '../change-stamps';
import { tokenCache } from '../token-cache';
import { createWriteQueue, type WriteQueue } from '../write-queue';

interface PostgresStoreOptions {
  /** postgres:// or postgresql:// URL. */
  url: string;
  now: () => string;
}

/**
 * Look-up indexes kept in memory at most, for the organisations that wrote most recently: each holds every live
 * contact of its organisation, so one process serving 1,000 organisations of 1,000 contacts does not hold them all.
 * An organisation whose index was dropped reloads it at its next write (one indexed range read of its contacts).
 */
const CACHED_INDEXES = 64;

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
  const warnings: string[] = [];
  try {
    const client = await pool.connect();
    try {
      await migrate(client, redactUrl(url), now);
      const role = await client.query<{ name: string; bypass: boolean }>(
        'SELECT current_user AS name, rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user',
      );
      if (role.rows[0]?.bypass) {
        warnings.push(
          `PostgreSQL user "${role.rows[0].name}" is a superuser or has BYPASSRLS: row-level security, the second wall between ` +
            'organisations, is off. Connect as an ordinary role that owns the database (createuser contacts && createdb -O contacts contacts).',
        );
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw postgresOpenError(url, error);
  }

  const organisations = postgresOrganisations(pool);
  const tokens = tokenCache((hash) => organisations.findToken(hash));
  // The feed cache's stamp: the organisation's change counter (which every write transaction takes its seqs from and
  // stores back before COMMIT), read for every waiting request at once (change-stamps.ts). organisations has no
  // row-level security (a token is found before its organisation is known), so this runs on the pool, outside any
  // organisation's transaction.
  const orgSeq = batchedStamps(async (ids) => {
    const result = await pool.query<{ id: string; seq: string }>({
      name: 'organisation-seqs',
      text: 'SELECT id, seq FROM organisations WHERE id = ANY($1::text[])',
      values: [ids],
    });
    return new Map(result.rows.map((row) => [row.id, Number(row.seq)]));
  });
  const indexes = new Map<string, LookupIndex>();
  /** The organisation's index, marked as the most recently used; the least recently used beyond the cap is dropped. */
  const indexFor = (orgId: string) => {
    const index = indexes.get(orgId) ?? new LookupIndex();
    indexes.delete(orgId);
    indexes.set(orgId, index);
    if (indexes.size > CACHED_INDEXES) indexes.delete(indexes.keys().next().value!);
    return index;
  };
  const queues = new Map<string, WriteQueue>();
  const scoped = new Map<string, OrgStore>();

  const forOrg = (orgId: string): OrgStore => {
    const read: Query = (statement) => readOneForOrg(pool, orgId, statement);
    const transaction = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => {
      const run = async () => {
        const client = await pool.connect();
        const tx = postgresTx(client, orgId, indexFor(orgId));
        let broken: Error | undefined;
        try {
          await beginForOrg(client, orgId);
          await tx.begin();
          const result = await fn(tx);
          await tx.commit();
          // A token this transaction revoked is refused by this process from the next request on (token-cache.ts).
          tokens.clear();
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
      let queue = queues.get(orgId);
      if (!queue) queues.set(orgId, (queue = createWriteQueue()));
      return queue.run(run);
    };
    const touchToken = async (id: string, at: string) => {
      // On the pool, outside the writer lock: one row, and a write transaction that revokes this token meanwhile
      // only makes this statement wait for its row lock. tokens has no row-level security (it is read before the
      // organisation is known), so the organisation is in the WHERE clause.
      await pool.query({
        name: 'touch-token',
        text: 'UPDATE tokens SET last_used_at = $1 WHERE org_id = $2 AND id = $3 AND (last_used_at IS NULL OR last_used_at < $1 COLLATE "C")',
        values: [at, orgId, id],
      });
    };
    return { ...postgresReads(read, orgId), orgId, transaction, touchToken, changeStamp: () => orgSeq(orgId) };
  };

  return {
    findToken: (hash) => tokens.find(hash),
    createOrganisation: (record) => organisations.create(record),
    listOrganisations: () => organisations.list(),
    findOrganisation: (name) => organisations.find(name),
    forOrg(orgId) {
      let store = scoped.get(orgId);
      if (!store) scoped.set(orgId, (store = forOrg(orgId)));
      return store;
    },
    warnings,
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.idle()));
      await pool.end();
    },
  };
}
