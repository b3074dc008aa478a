/**
 * PostgreSQL schema version 3 (issue 10, after issue 11's token columns of version 2): organisations, and row-level security as the second wall between them.
 *
 * Every table gets the `org_id` of the organisation its row belongs to; existing rows go to the `default`
 * organisation created here, so a single-company install carries on as before. Keys start with org_id: two
 * organisations may hold the same token name or contact id, and the feed's seq counts per organisation.
 *
 * The one-row `feed_counter` becomes a counter per organisation, on its row of `organisations`: a write transaction
 * locks its own organisation's row (SELECT … FOR UPDATE), so writers of different organisations never wait for each
 * other, while writers of one organisation still run one at a time (see open-postgres-store.ts).
 *
 * Row-level security: every organisation-scoped table is ENABLE + FORCE (FORCE: the policies also bind the tables'
 * owner, the role the server connects as). Its policy lets a statement see and write only the rows of the organisation
 * named by the transaction's `app.org_id` setting, which the store sets first thing in every organisation transaction;
 * without the setting a statement sees nothing. `tokens` and `organisations` stay outside: a token is found by its hash
 * before its organisation is known (see server/README.md). Later migrations that rewrite rows of these tables must set
 * `app.org_id` per organisation (or run as a role that bypasses RLS).
 */
const SCOPED = ['contacts', 'contact_phones', 'imports', 'import_items', 'audit', 'idempotency'] as const;

/** Tables written a row per contact get no foreign key to organisations: it would cost a look-up per row of an import. */
const BULK: readonly string[] = ['contacts', 'contact_phones', 'import_items'];

const addOrgColumn = (table: string) => `
  ALTER TABLE ${table} ADD COLUMN org_id TEXT NOT NULL DEFAULT 'default'${BULK.includes(table) ? '' : ' REFERENCES organisations (id)'};
  ALTER TABLE ${table} ALTER COLUMN org_id DROP DEFAULT;`;

const wall = (table: string) => `
  ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
  CREATE POLICY organisation_wall ON ${table}
    USING (org_id = current_setting('app.org_id', true))
    WITH CHECK (org_id = current_setting('app.org_id', true));`;

export const organisationsMigration = `
  CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    -- The organisation's writer lock and change-feed counter (was feed_counter).
    seq BIGINT NOT NULL DEFAULT 0
  );
  INSERT INTO organisations (id, name, created_at, seq)
    SELECT 'default', 'default', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), seq FROM feed_counter;
  DROP TABLE feed_counter;

  ${['tokens', ...SCOPED].map(addOrgColumn).join('')}

  ALTER TABLE tokens DROP CONSTRAINT tokens_pkey, ADD PRIMARY KEY (org_id, name);
  ALTER TABLE contacts DROP CONSTRAINT contacts_pkey, ADD PRIMARY KEY (org_id, id);
  ALTER TABLE contacts DROP CONSTRAINT contacts_seq_key, ADD UNIQUE (org_id, seq);
  DROP INDEX contacts_email;
  CREATE INDEX contacts_email ON contacts (org_id, email) WHERE NOT deleted AND email IS NOT NULL;
  ALTER TABLE contact_phones DROP CONSTRAINT contact_phones_pkey, ADD PRIMARY KEY (org_id, number, contact_id);
  DROP INDEX contact_phones_contact;
  CREATE INDEX contact_phones_contact ON contact_phones (org_id, contact_id);
  ALTER TABLE import_items DROP CONSTRAINT import_items_import_id_fkey;
  ALTER TABLE imports DROP CONSTRAINT imports_pkey, ADD PRIMARY KEY (org_id, id);
  ALTER TABLE import_items DROP CONSTRAINT import_items_pkey, ADD PRIMARY KEY (org_id, import_id, contact_id),
    ADD FOREIGN KEY (org_id, import_id) REFERENCES imports (org_id, id);
  CREATE INDEX audit_org ON audit (org_id, id);
  DROP INDEX audit_at;
  CREATE INDEX audit_at ON audit (org_id, at);
  ALTER TABLE idempotency DROP CONSTRAINT idempotency_pkey, ADD PRIMARY KEY (org_id, token, key);
  DROP INDEX idempotency_created;
  CREATE INDEX idempotency_created ON idempotency (org_id, created_at);

  ${SCOPED.map(wall).join('')}
`;
