/**
 * Versioned schema migrations for the PostgreSQL store (its own numbering: version 1 already holds what SQLite
 * reached in two). Append only, as for SQLite. They run at start under a session advisory lock, so two instances
 * starting at once on one database take turns: the second finds the versions done and applies nothing.
 */
import type pg from 'pg';
import { newerSchemaError } from '../newer-schema-error';
import { organisationsMigration } from './organisations-migration';

export const migrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE tokens (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      -- The writer lock and the change feed's counter in one row: every write transaction locks it first
      -- (SELECT ... FOR UPDATE), takes its seqs from it and stores the last one back (see open-postgres-store.ts).
      CREATE TABLE feed_counter (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq BIGINT NOT NULL
      );
      INSERT INTO feed_counter (id, seq) VALUES (1, 0);
      -- One row per contact, its latest state; json is the contact exactly as the API answers it (text, not jsonb:
      -- the feed sends it as stored, and jsonb would reorder its keys).
      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        seq BIGINT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        email TEXT,
        deleted BOOLEAN NOT NULL DEFAULT FALSE,
        json TEXT NOT NULL
      );
      CREATE INDEX contacts_email ON contacts (email) WHERE NOT deleted AND email IS NOT NULL;
      CREATE TABLE contact_phones (
        number TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        PRIMARY KEY (number, contact_id)
      );
      CREATE INDEX contact_phones_contact ON contact_phones (contact_id);
      CREATE TABLE imports (
        id TEXT PRIMARY KEY,
        token TEXT NOT NULL,
        file TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT
      );
      CREATE TABLE import_items (
        import_id TEXT NOT NULL REFERENCES imports (id),
        contact_id TEXT NOT NULL,
        before TEXT,
        after_version INTEGER NOT NULL,
        PRIMARY KEY (import_id, contact_id)
      );
      -- Audit ids come from a sequence, but only inside write transactions, which hold the writer lock: they are
      -- handed out in commit order (a rolled back write leaves a gap, which the audit's paging does not mind).
      CREATE TABLE audit (
        id BIGSERIAL PRIMARY KEY,
        at TEXT NOT NULL,
        token TEXT NOT NULL,
        action TEXT NOT NULL,
        contact_ids TEXT NOT NULL,
        import_id TEXT
      );
      CREATE INDEX audit_at ON audit (at);
      CREATE TABLE idempotency (
        token TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (token, key)
      );
      CREATE INDEX idempotency_created ON idempotency (created_at);
    `,
  },
  // Issue 11, as SQLite's version 3: token ids (existing tokens get a random one), expiry, last use, the member
  // token owning a device token, and the token an audit entry is about.
  {
    version: 2,
    sql: `
      ALTER TABLE tokens ADD COLUMN id TEXT;
      UPDATE tokens SET id = md5(gen_random_uuid()::text);
      ALTER TABLE tokens ALTER COLUMN id SET NOT NULL;
      CREATE UNIQUE INDEX tokens_id ON tokens (id);
      ALTER TABLE tokens ADD COLUMN expires_at TEXT;
      ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
      ALTER TABLE tokens ADD COLUMN owner_id TEXT;
      CREATE INDEX tokens_owner ON tokens (owner_id) WHERE owner_id IS NOT NULL;
      ALTER TABLE audit ADD COLUMN target_token TEXT;
    `,
  },
  // Issue 10: organisations, and row-level security between them.
  { version: 3, sql: organisationsMigration },
  // Issue 11, as SQLite's version 5: what a single-contact write changed, and indexes for the Activity section's
  // filters. A new column of a table under row-level security is covered by its policy (the policy is per row).
  {
    version: 4,
    sql: `
      ALTER TABLE audit ADD COLUMN details TEXT;
      CREATE INDEX audit_token ON audit (org_id, token, id);
      CREATE INDEX audit_import ON audit (org_id, import_id) WHERE import_id IS NOT NULL;
    `,
  },
  // Issue 10, as SQLite's version 6: audit entries numbered per organisation. The numbering reads every organisation's
  // rows, so the table's owner steps outside row-level security for it, and back in.
  {
    version: 5,
    sql: `
      ALTER TABLE audit ADD COLUMN seq BIGINT;
      ALTER TABLE audit NO FORCE ROW LEVEL SECURITY;
      UPDATE audit SET seq = numbered.n
        FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY id) AS n FROM audit) AS numbered
        WHERE numbered.id = audit.id;
      ALTER TABLE audit FORCE ROW LEVEL SECURITY;
      ALTER TABLE audit ALTER COLUMN seq SET NOT NULL;
      CREATE UNIQUE INDEX audit_seq ON audit (org_id, seq);
    `,
  },
];

/** Any constant: the advisory lock's key, shared by every instance migrating this database. */
const MIGRATION_LOCK = 7_310_001;

/**
 * Brings the database to the latest schema version; returns the versions it applied. Refuses, writing nothing, a
 * database whose schema is newer than this code knows.
 */
export async function migrate(client: pg.ClientBase, where: string, now: () => string): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const known = migrations.at(-1)!.version;
    const exists = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS found");
    if (exists.rows[0].found) {
      const newest = await client.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
      const found = newest.rows[0]!.version ?? 0;
      if (found > known) throw newerSchemaError(where, found, known);
    }
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, now()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(migration.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
