/**
 * Versioned schema migrations for the SQLite store. Append only: a released migration is never edited, a change is a
 * new entry. `schema_migrations` records which versions ran, each in its own transaction with its record.
 */
import type Database from 'better-sqlite3';

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
      -- One row per contact, holding its latest state; a deleted contact stays as a tombstone so the feed carries it.
      -- seq is the change sequence number of the row's last write: the change feed pages on it. json is the contact
      -- exactly as the API answers it, written once at write time, so reading the feed is a string copy.
      -- seq is the rowid, so a feed page is one contiguous range scan of the table.
      CREATE TABLE contacts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        email TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        json TEXT NOT NULL
      );
      CREATE INDEX contacts_email ON contacts (email) WHERE deleted = 0 AND email IS NOT NULL;
      -- Phones of live contacts only, so duplicate lookups by phone are one index probe. Kept in step with contacts
      -- by the store's putContact alone (no foreign key: it would cost a look-up per phone on every import).
      CREATE TABLE contact_phones (
        number TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        PRIMARY KEY (number, contact_id)
      ) WITHOUT ROWID;
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
      ) WITHOUT ROWID;
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
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
      ) WITHOUT ROWID;
      CREATE INDEX idempotency_created ON idempotency (created_at);
    `,
  },
];

/** Brings the database to the latest schema version; returns the versions it applied. */
export function migrate(db: Database.Database, now: () => string): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, now());
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
