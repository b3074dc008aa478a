/**
 * Seeds a PostgreSQL database in bulk, in SQL (issue 10): the batches go over once into a temporary table, and one
 * INSERT … SELECT per table writes every organisation's contacts and phone rows, as putContact writes them. The schema
 * comes from the store's own migrations (opened once as the database's owner, and closed); the rows are written as
 * the admin, a superuser, which row-level security lets write every organisation at once.
 *
 * Contact ids have the shape of server/directory/new-contact-id.ts (UUID version 7: the seed time, then bits that
 * here come from md5(organisation, seq) so that both statements derive the same id without a table of a million ids).
 * Each organisation's change counter (`organisations.seq`) is set to its last seq, as the writer lock leaves it.
 * Rows go into the table interleaved (the first contact of every organisation, then the second…), as if every
 * organisation had imported at the same time: one organisation's rows are spread over the table, the pessimistic
 * layout for its reads.
 */
import pg from 'pg';
import { openPostgresStore } from '../../server/store/postgres/open-postgres-store';
import { asAdmin } from '../../tests/fixtures/test-databases';
import type { SeedContact } from './seed-contacts';

export interface SeedOrganisation {
  id: string;
  /** Created here; null for the default organisation, which the migrations created. */
  name: string | null;
  /** The seed batches it holds, in seq order. */
  batches: number[];
}

/** The id of contact `seq` of organisation `org` (SQL expressions), as a UUID v7 stamped with `$1`, 12 hex digits of time. */
const contactId = (org: string, seq: string) =>
  `substr($1, 1, 8) || '-' || substr($1, 9, 4) || '-7' || substr(md5(${org} || ':' || ${seq}), 1, 3) || '-8' ||
   substr(md5(${org} || ':' || ${seq}), 4, 3) || '-' || substr(md5(${org} || ':' || ${seq}), 7, 12)`;

/**
 * Drops the primary keys, unique constraints and other indexes of `tables`; returns the statements that put them back
 * as they were (their definitions read from the catalogue, so they follow the migrations).
 */
async function dropKeysAndIndexes(client: pg.Client, tables: string[]): Promise<string[]> {
  const constraints = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype IN ('p', 'u')`,
    [tables],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index
     WHERE indrelid = ANY($1::regclass[]) AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    [tables],
  );
  for (const c of constraints.rows) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${c.name}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${index.name}`);
  return [
    ...constraints.rows.map((c) => `ALTER TABLE ${c.table} ADD CONSTRAINT ${c.name} ${c.definition}`),
    ...indexes.rows.map((index) => index.definition),
  ];
}

/** Seeds `organisations` of the new database `db` (as its owner) from `batches`; returns the time spent in VACUUM ANALYZE and CHECKPOINT, ms. */
export async function seedPostgres(db: string, batches: SeedContact[][], organisations: SeedOrganisation[], at: Date): Promise<{ vacuumMs: number }> {
  await (await openPostgresStore({ url: db, now: () => at.toISOString() })).close();
  const client = new pg.Client({ connectionString: asAdmin(db) });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('CREATE TEMP TABLE seed_template (batch INT, pos INT, rest TEXT, email TEXT, numbers TEXT[], PRIMARY KEY (batch, pos)) ON COMMIT DROP');
    for (const [batch, contacts] of batches.entries()) {
      await client.query(
        `INSERT INTO seed_template SELECT $1, pos, rest, email, string_to_array(numbers, ' ')
         FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t (rest, email, numbers, pos)`,
        [batch, contacts.map((c) => c.rest), contacts.map((c) => c.email), contacts.map((c) => c.numbers.join(' '))],
      );
    }
    // One row per (organisation, batch): the batch's contacts take seqs base + 1 … base + its length.
    const slots = organisations.flatMap((org) => org.batches.map((batch, index) => ({ org: org.id, batch, base: index * batches[batch]!.length })));
    await client.query('CREATE TEMP TABLE seed_orgs (id TEXT, batch INT, base INT) ON COMMIT DROP');
    await client.query('INSERT INTO seed_orgs SELECT * FROM unnest($1::text[], $2::int4[], $3::int4[])', [
      slots.map((slot) => slot.org),
      slots.map((slot) => slot.batch),
      slots.map((slot) => slot.base),
    ]);
    const named = organisations.filter((org) => org.name !== null);
    await client.query('INSERT INTO organisations (id, name, created_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
      named.map((org) => org.id),
      named.map((org) => org.name),
      named.map(() => at.toISOString()),
    ]);
    // The keys and indexes of the two bulk tables go, and come back (from their own definitions, under the same names)
    // once the rows are in: one sorted build each instead of a million random insertions into B-trees larger than
    // shared_buffers.
    const rebuild = await dropKeysAndIndexes(client, ['contacts', 'contact_phones']);
    await client.query("SET LOCAL work_mem = '512MB'");
    const time = at.getTime().toString(16).padStart(12, '0');
    await client.query(
      `INSERT INTO contacts (org_id, id, seq, version, email, deleted, json)
       SELECT o.id, c.id, o.base + t.pos, 1, t.email, FALSE, '{"id":"' || c.id || '",' || t.rest
       FROM seed_orgs o JOIN seed_template t ON t.batch = o.batch
       CROSS JOIN LATERAL (SELECT ${contactId('o.id', '(o.base + t.pos)')} AS id) c
       ORDER BY t.pos, o.id, o.base`,
      [time],
    );
    // A seed contact's numbers are distinct (seed-contacts.ts), so no conflict can arise without the key.
    await client.query(
      `INSERT INTO contact_phones (org_id, number, contact_id)
       SELECT o.id, n.number, ${contactId('o.id', '(o.base + t.pos)')}
       FROM seed_orgs o JOIN seed_template t ON t.batch = o.batch CROSS JOIN unnest(t.numbers) AS n (number)`,
      [time],
    );
    for (const statement of rebuild) await client.query(statement);
    await client.query('UPDATE organisations o SET seq = (SELECT MAX(seq) FROM contacts c WHERE c.org_id = o.id) WHERE o.id IN (SELECT id FROM seed_orgs)');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  // Autovacuum would do this on its own a little later, in the middle of the measurements, and the checkpointer would
  // still be writing the seed's pages out (a read that needs a buffer would write a dirty one first): both done now,
  // and timed, so the figures are those of a database at rest.
  const started = performance.now();
  try {
    await client.query('VACUUM ANALYZE organisations, contacts, contact_phones');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
  return { vacuumMs: performance.now() - started };
}
