/**
 * PostgreSQL's second wall between organisations (issue 10): row-level security keyed on the transaction's
 * `app.org_id`. A query that forgets its organisation filter, run as the role the store connects as, returns only the
 * rows of the organisation the transaction names, and nothing without one. A superuser skips the wall: the store says so.
 */
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOrganisation } from '../../../server/organisations/create-organisation';
import { openStore } from '../../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { asAdmin, createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const SCOPED = ['contacts', 'contact_phones', 'imports', 'import_items', 'audit', 'idempotency'];

describeStores(
  'row-level security',
  () => {
    let database: TestDatabase;
    let store: Store;
    let acme: string;
    beforeEach(async () => {
      database = await createTestDatabase('postgres');
      store = await openStore(database.db, { now });
      acme = (await createOrganisation(store, 'acme', now())).id;
      for (const [orgId, slug] of [[DEFAULT_ORGANISATION_ID, 'ann'], [acme, 'bea']] as const) {
        await store.forOrg(orgId).transaction(async (tx) => {
          const contact = await tx.putContact({ id: `${slug}-1`, version: 1, updatedAt: now(), name: slug, email: `${slug}@example.com`, phones: [{ type: 'work', number: '+4930123456', display: '+49 30 123456' }] });
          await tx.createImport({ id: `${slug}-import`, token: 'alice', file: 'a.csv', createdAt: now() }, [{ contactId: contact.id, before: null, afterVersion: 1 }]);
          await tx.addAudit({ at: now(), token: 'alice', action: 'import', contactIds: [contact.id], importId: `${slug}-import` });
          await tx.putIdempotent('alice', 'key', { fingerprint: 'f', status: 201, body: {} }, now());
        });
      }
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    /** Every scoped table's rows (their org_id), read with no organisation filter as the store's role. */
    async function unfiltered(orgId: string | null): Promise<Record<string, string[]>> {
      const client = new pg.Client({ connectionString: database.db });
      await client.connect();
      try {
        await client.query('BEGIN');
        if (orgId !== null) await client.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
        const seen: Record<string, string[]> = {};
        for (const table of SCOPED) seen[table] = (await client.query<{ org_id: string }>(`SELECT * FROM ${table}`)).rows.map((row) => row.org_id);
        await client.query('COMMIT');
        return seen;
      } finally {
        await client.end();
      }
    }
    const only = (orgId: string) => Object.fromEntries(SCOPED.map((table) => [table, [orgId]]));

    it("shows a query without an organisation filter only the rows of the transaction's organisation, and none without one", async () => {
      const actual = { acme: await unfiltered(acme), default: await unfiltered(DEFAULT_ORGANISATION_ID), none: await unfiltered(null) };
      expect(actual).toEqual({ acme: only(acme), default: only(DEFAULT_ORGANISATION_ID), none: Object.fromEntries(SCOPED.map((table) => [table, []])) });
    });

    it("refuses to write a row into another organisation than the transaction's", async () => {
      const client = new pg.Client({ connectionString: database.db });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.org_id', $1, true)", [acme]);
        const error = await client
          .query("INSERT INTO audit (org_id, at, token, action, contact_ids) VALUES ('default', 'x', 'alice', 'import', '[]')")
          .then(() => null, (failure: Error) => failure.message);
        await client.query('ROLLBACK');
        expect(error).toMatch(/row-level security/u);
      } finally {
        await client.end();
      }
    });

    it('warns that the wall is off when the store connects as a superuser, and not as the ordinary role', async () => {
      const superuser = await openStore(asAdmin(database.db), { now });
      const actual = { ordinary: store.warnings, superuser: superuser.warnings.map((warning) => /row-level security.*is off.*ordinary role/u.test(warning)) };
      await superuser.close();
      expect(actual).toEqual({ ordinary: [], superuser: [true] });
    });
  },
  ['postgres'],
);
