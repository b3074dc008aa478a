/**
 * `store copy`'s access to a PostgreSQL database (see table-access.ts). Organisation-scoped tables are read and
 * written under each organisation's `app.org_id`, as row-level security wants; rows go in as one
 * `json_populate_recordset` statement per table and organisation, typed by the table itself.
 */
import pg from 'pg';
import Cursor from 'pg-cursor';
import { switchOrg } from '../postgres/org-scope';
import { redactUrl } from '../postgres/postgres-open-error';
import { COPIED_TABLES, COPY_BATCH, type Row, type TableAccess } from './table-access';

export async function postgresTables(url: string): Promise<TableAccess> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  /** Runs `work` under organisation `orgId`'s setting (none for the unscoped tables), inside the snapshot. */
  const read = async <T>(orgId: string | null, work: () => Promise<T>): Promise<T> => {
    if (orgId !== null) await switchOrg(client, orgId);
    return work();
  };
  const filter = (orgId: string | null) => (orgId === null ? { where: '', values: [] } : { where: ' WHERE org_id = $1', values: [orgId] });
  return {
    where: redactUrl(url),
    async tables() {
      const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()");
      return rows.map((row) => row.name).filter((name) => name !== 'schema_migrations');
    },
    async columns(table) {
      const { rows } = await client.query<{ name: string }>(
        'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position',
        [table],
      );
      return rows.map((row) => row.name);
    },
    async organisationIds() {
      return (await client.query<{ id: string }>('SELECT id FROM organisations ORDER BY id')).rows.map((row) => row.id);
    },
    async snapshot(work) {
      // REPEATABLE READ: every table and organisation read from the one snapshot, even while servers write.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        return await work();
      } finally {
        await client.query('COMMIT');
      }
    },
    async *batches(table, orgId) {
      const { where, values } = filter(orgId);
      if (orgId !== null) await switchOrg(client, orgId);
      // A portal read COPY_BATCH rows at a time, inside the snapshot's transaction.
      const cursor = client.query(new Cursor<Row>(`SELECT * FROM ${table}${where}`, values));
      try {
        for (;;) {
          const batch = await cursor.read(COPY_BATCH);
          if (batch.length === 0) return;
          yield batch;
        }
      } finally {
        await cursor.close();
      }
    },
    async count(table, orgId) {
      const { where, values } = filter(orgId);
      return read(orgId, async () => Number((await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM ${table}${where}`, values)).rows[0]!.count));
    },
    async replace(clearOrgIds, write) {
      await client.query('BEGIN');
      try {
        for (const { name, scoped } of [...COPIED_TABLES].reverse()) {
          for (const orgId of clearOrgIds) {
            await switchOrg(client, orgId);
            await client.query(`DELETE FROM ${name} WHERE ${scoped || name === 'tokens' ? 'org_id' : 'id'} = $1`, [orgId]);
          }
        }
        const written = new Set<string>();
        let lastAuditId = 0;
        await write(async (table, orgId, rows) => {
          if (table === 'audit') for (const row of rows) lastAuditId = Math.max(lastAuditId, Number(row.id));
          if (orgId !== null) {
            await switchOrg(client, orgId);
            written.add(orgId);
          }
          for (let start = 0; start < rows.length; start += COPY_BATCH) {
            const batch = rows.slice(start, start + COPY_BATCH);
            const columns = Object.keys(batch[0]!).join(', ');
            await client.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(batch)]);
          }
        });
        // The counters the rows imply: each organisation's feed counter (its writer lock row) at least its highest
        // seq, and the audit id sequence past the highest id, so the next writes number after the copied ones.
        for (const orgId of written) {
          await switchOrg(client, orgId);
          await client.query('UPDATE organisations SET seq = GREATEST(seq, (SELECT COALESCE(MAX(seq), 0) FROM contacts WHERE org_id = $1)) WHERE id = $1', [orgId]);
        }
        // Known from the rows written, not read back: row-level security would show one organisation's only.
        if (lastAuditId > 0) await client.query("SELECT setval(pg_get_serial_sequence('audit', 'id'), $1)", [lastAuditId]);
        await client.query('COMMIT');
      } catch (error) {
        // A rollback that fails too (the connection is gone) is said beside the first failure, not instead of it.
        await client.query('ROLLBACK').catch((rollback: unknown) => {
          throw new AggregateError([error, rollback], `${(error as Error).message} (and the rollback failed: ${(rollback as Error).message})`);
        });
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}
