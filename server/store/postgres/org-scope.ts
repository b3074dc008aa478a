/**
 * Row-level security's per-transaction setting (issue 10): every organisation-scoped transaction starts by naming its
 * organisation in `app.org_id` (transaction-local, so a pooled connection never carries one organisation's setting into
 * another's statements). BEGIN and the setting go in one round trip (the simple protocol allows several statements
 * when there are no parameters, hence the escaped literal).
 */
import type pg from 'pg';

export async function beginForOrg(client: pg.PoolClient, orgId: string, { readOnly = false } = {}): Promise<void> {
  await client.query(`BEGIN${readOnly ? ' READ ONLY' : ''}; SELECT set_config('app.org_id', ${client.escapeLiteral(orgId)}, true)`);
}

/** Names another organisation inside the current transaction (tools that walk every organisation: counts, copy). */
export async function switchOrg(client: pg.ClientBase, orgId: string): Promise<void> {
  await client.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
}

/**
 * Runs `work` in a read-only transaction of the organisation on a pooled connection, and ends it. A connection whose
 * ROLLBACK failed is in an unknown state: the pool closes it.
 */
export async function readForOrg<T>(pool: pg.Pool, orgId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await beginForOrg(client, orgId, { readOnly: true });
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
