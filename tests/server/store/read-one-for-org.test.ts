/**
 * `readOneForOrg` (issue 10): one read statement of an organisation in one round trip, its parameters written as SQL
 * literals. It must answer what the same statement answers with driver parameters, for values that need escaping,
 * and under row-level security it must see only the named organisation.
 */
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOrganisation } from '../../../server/organisations/create-organisation';
import { openStore } from '../../../server/store/open-store';
import { readOneForOrg } from '../../../server/store/postgres/org-scope';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
// Quotes, a backslash, a dollar sign and a semicolon: each would break or change a statement written unescaped.
const AWKWARD = String.raw`O'Brien \ $1; DROP TABLE contacts; --`;

describeStores(
  'readOneForOrg',
  () => {
    let database: TestDatabase;
    let store: Store;
    let pool: pg.Pool;
    let acme: string;
    beforeEach(async () => {
      database = await createTestDatabase('postgres');
      store = await openStore(database.db, { now });
      acme = (await createOrganisation(store, 'acme', now())).id;
      for (const [orgId, id] of [[DEFAULT_ORGANISATION_ID, 'same-id'], [acme, 'same-id'], [acme, AWKWARD]] as const) {
        await store.forOrg(orgId).transaction(async (tx) => {
          await tx.putContact({ id, version: 1, updatedAt: now(), name: `${orgId} ${id}`, phones: [] });
        });
      }
      pool = new pg.Pool({ connectionString: database.db });
    });
    afterEach(async () => {
      await pool.end();
      await store.close();
      await database.drop();
    });

    it('answers a string that needs escaping, an array and numbers as driver parameters do', async () => {
      const statement = {
        text: 'SELECT id, seq FROM contacts WHERE org_id = $1 AND id = ANY($2::text[]) AND seq > $3 ORDER BY seq LIMIT $4',
        values: [acme, ['same-id', AWKWARD, 'unknown'], 0, 10],
      };
      const client = await pool.connect();
      let expected: unknown[];
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.org_id', $1, true)", [acme]);
        expected = (await client.query(statement)).rows;
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      const actual = await readOneForOrg(pool, acme, statement);
      expect({ actual, rows: actual.length }).toEqual({ actual: expected, rows: 2 });
    });

    it('sees only the named organisation, even through a statement without an organisation filter', async () => {
      const actual = await readOneForOrg<{ id: string }>(pool, DEFAULT_ORGANISATION_ID, { text: 'SELECT id FROM contacts ORDER BY id' });
      expect(actual).toEqual([{ id: 'same-id' }]);
    });

    it('refuses a $n without a value, and leaves the connection usable', async () => {
      await expect(readOneForOrg(pool, acme, { text: 'SELECT id FROM contacts WHERE id = $1' })).rejects.toThrow(/\$1 has no value/u);
      expect(await readOneForOrg(pool, acme, { text: 'SELECT COUNT(*)::int AS n FROM contacts' })).toEqual([{ n: 2 }]);
    });
  },
  ['postgres'],
);
