/**
 * Row-level security's per-transaction setting (issue 10): every organisation-scoped transaction starts by naming its
 * organisation in `app.org_id` (transaction-local, so a pooled connection never carries one organisation's setting into
 * another's statements). BEGIN and the setting go in one round trip (the simple protocol allows several statements
 * when there are no parameters, hence the escaped literal); a read of one statement sends its statement and COMMIT in
 * that same round trip (`readOneForOrg`).
 */
import type pg from 'pg';

export async function beginForOrg(client: pg.PoolClient, orgId: string, { readOnly = false } = {}): Promise<void> {
  await client.query(`BEGIN${readOnly ? ' READ ONLY' : ''}; SELECT set_config('app.org_id', ${client.escapeLiteral(orgId)}, true)`);
}

/** Names another organisation inside the current transaction (tools that walk every organisation: counts, copy). */
export async function switchOrg(client: pg.ClientBase, orgId: string): Promise<void> {
  await client.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
}

/** A parameter as a SQL literal: strings escaped by the driver, finite numbers, arrays of strings (`ARRAY[…]`). */
function literal(client: pg.ClientBase, value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return client.escapeLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return client.escapeLiteral(String(value));
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return `ARRAY[${value.map((item) => client.escapeLiteral(item)).join(', ')}]`;
  throw new TypeError(`readOneForOrg cannot write ${typeof value} ${JSON.stringify(value)} as a SQL literal`);
}

/**
 * One read statement of the organisation in one round trip (issue 10's bench: the feed's read cost three, BEGIN with
 * the setting, the statement, COMMIT, and each costs the server a write and a read on its socket): BEGIN READ ONLY,
 * the setting, the statement and COMMIT go as one simple-protocol query. PostgreSQL plans and runs them one after the
 * other, so the statement runs under the setting. The simple protocol takes no parameters, so `$n` become quoted
 * literals, which PostgreSQL types from their context exactly as it types the driver's text parameters; the
 * statement's text must hold no `$` of its own (the store's statements hold none). An array is only taken where the
 * statement casts it (`$2::text[]`), as `ARRAY[]` alone has no type.
 */
export async function readOneForOrg<Row>(pool: pg.Pool, orgId: string, statement: { text: string; values?: unknown[] }): Promise<Row[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const values = statement.values ?? [];
    const text = statement.text.replace(/\$(\d+)/gu, (_, index: string) => {
      if (Number(index) < 1 || Number(index) > values.length) throw new RangeError(`readOneForOrg: $${index} has no value in "${statement.text}"`);
      return literal(client, values[Number(index) - 1]);
    });
    const results = (await client.query(
      `BEGIN READ ONLY; SELECT set_config('app.org_id', ${client.escapeLiteral(orgId)}, true); ${text}; COMMIT`,
    )) as unknown as pg.QueryResult[];
    return results[2]!.rows as Row[];
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
