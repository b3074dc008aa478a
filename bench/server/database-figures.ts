/** What the bench reads about a PostgreSQL database behind the servers' backs, as the admin. */
import pg from 'pg';
import { asAdmin, postgresAdminUrl } from '../../tests/fixtures/test-databases';

async function adminRows<Row>(text: string, values: unknown[], url = postgresAdminUrl): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

const databaseName = (db: string) => decodeURIComponent(new URL(db).pathname.slice(1));

/** PIDs of the PostgreSQL backends connected to database `db` (the servers' pools). */
export async function backendPids(db: string): Promise<number[]> {
  const rows = await adminRows<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [databaseName(db)]);
  return rows.map((row) => row.pid);
}

/** The size on disk of database `db` (tables, indexes, TOAST), bytes. */
export async function databaseBytes(db: string): Promise<number> {
  const rows = await adminRows<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes', [], asAdmin(db));
  return Number(rows[0]!.bytes);
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
