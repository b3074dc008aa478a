/** `store copy`'s access to a SQLite database (see table-access.ts). */
import path from 'node:path';
import Database from 'better-sqlite3';
import { COPIED_TABLES, COPY_BATCH, type Row, type TableAccess, type TableName } from './table-access';

export function sqliteTables(file: string): TableAccess {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const integerColumns = (table: string) =>
    new Set((db.pragma(`table_info(${table})`) as { name: string; type: string }[]).filter((column) => /INT/iu.test(column.type)).map((column) => column.name));
  const filter = (orgId: string | null) => (orgId === null ? { where: '', values: [] } : { where: ' WHERE org_id = ?', values: [orgId] });
  return {
    where: path.resolve(file),
    async tables() {
      const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
      return names.filter((name) => name !== 'schema_migrations');
    },
    async columns(table) {
      return (db.pragma(`table_info(${table})`) as { name: string }[]).map((column) => column.name);
    },
    async organisationIds() {
      return db.prepare('SELECT id FROM organisations ORDER BY id').pluck().all() as string[];
    },
    async snapshot(work) {
      // A deferred read transaction: in WAL mode it reads one committed state while writers carry on.
      db.exec('BEGIN');
      try {
        return await work();
      } finally {
        db.exec('COMMIT');
      }
    },
    async *batches(table, orgId) {
      const { where, values } = filter(orgId);
      let batch: Row[] = [];
      // The source connection does nothing else meanwhile (the target is another database), as iterate() needs.
      for (const row of db.prepare(`SELECT * FROM ${table}${where}`).iterate(...values) as IterableIterator<Row>) {
        batch.push(row);
        if (batch.length === COPY_BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    async count(table, orgId) {
      const { where, values } = filter(orgId);
      return db.prepare(`SELECT COUNT(*) FROM ${table}${where}`).pluck().get(...values) as number;
    },
    async replace(clearOrgIds, write) {
      const integers = new Map(COPIED_TABLES.map(({ name }) => [name, integerColumns(name)]));
      // better-sqlite3 binds no booleans, and PostgreSQL's BIGINTs arrive as text: both made numbers for SQLite.
      const value = (table: TableName, column: string, raw: unknown) => {
        if (typeof raw === 'boolean') return raw ? 1 : 0;
        if (typeof raw === 'string' && integers.get(table)!.has(column) && /^-?\d+$/u.test(raw)) return Number(raw);
        return raw;
      };
      db.exec('BEGIN IMMEDIATE');
      try {
        for (const { name, scoped } of [...COPIED_TABLES].reverse()) {
          for (const orgId of clearOrgIds) db.prepare(`DELETE FROM ${name} WHERE ${scoped || name === 'tokens' ? 'org_id' : 'id'} = ?`).run(orgId);
        }
        await write(async (table, _orgId, rows) => {
          if (rows.length === 0) return;
          const columns = Object.keys(rows[0]!);
          const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
          for (const row of rows) insert.run(...columns.map((column) => value(table, column, row[column])));
        });
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
    async close() {
      db.close();
    },
  };
}
