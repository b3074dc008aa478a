/**
 * Versioned schema migrations for the SQLite store. Append only: a released migration is never edited, a change is a
 * new entry. `schema_migrations` records which versions ran, each in its own transaction with its record. A migration
 * is SQL, or code (`run`) when rows need what SQL cannot compute.
 */
import type Database from 'better-sqlite3';
import type { Contact } from '../../../lib/contact/contact';
import { formatPhoneForDisplay } from '../../../lib/phone/phone';
import { newerSchemaError } from '../newer-schema-error';
import { organisationsMigration } from './organisations-migration';

/** A contact as stored before version 2: phones without their display form. */
type StoredJson = Omit<Contact, 'phones'> & { phones: { type: Contact['phones'][number]['type']; number: string; display?: string }[] };

/** The contact's JSON with every phone's `display` filled from its number (issue 9); unchanged when all have one. */
export function withPhoneDisplay(json: string): string {
  const contact = JSON.parse(json) as StoredJson;
  if (contact.phones.every((phone) => typeof phone.display === 'string')) return json;
  const phones = contact.phones.map((phone) => ({ ...phone, display: phone.display ?? formatPhoneForDisplay(phone.number) }));
  return JSON.stringify({ ...contact, phones });
}

/** Version 2: stored contacts, and the contacts an import replaced (kept for undo), get their phones' display form. */
function fillPhoneDisplay(db: Database.Database): void {
  const contacts = db.prepare<[], { seq: number; json: string }>('SELECT seq, json FROM contacts WHERE deleted = 0');
  const setContact = db.prepare('UPDATE contacts SET json = ? WHERE seq = ?');
  // Rows are read in full first: SQLite does not allow writing a table while a statement still iterates it.
  for (const row of contacts.all()) {
    const json = withPhoneDisplay(row.json);
    if (json !== row.json) setContact.run(json, row.seq);
  }
  const items = db.prepare<[], { import_id: string; contact_id: string; before: string }>(
    'SELECT import_id, contact_id, before FROM import_items WHERE before IS NOT NULL',
  );
  const setItem = db.prepare('UPDATE import_items SET before = ? WHERE import_id = ? AND contact_id = ?');
  for (const row of items.all()) {
    const before = withPhoneDisplay(row.before);
    if (before !== row.before) setItem.run(before, row.import_id, row.contact_id);
  }
}

export const migrations: { version: number; sql?: string; run?: (db: Database.Database) => void }[] = [
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
  // Issue 9: the phone's display form is stored with it. The rows keep their seq: clients already hold the display
  // they computed themselves before, and one of them that has none shows the number until the contact next changes.
  { version: 2, run: fillPhoneDisplay },
  // Issue 11: tokens managed through the API get an id (the URL of DELETE /tokens/:id, so a name is never a path
  // segment), an expiry, the time they were last used, and the member token owning a device token. Existing tokens
  // get a random id. The audit names the token a token.create / token.revoke entry is about.
  {
    version: 3,
    sql: `
      ALTER TABLE tokens ADD COLUMN id TEXT;
      UPDATE tokens SET id = lower(hex(randomblob(16)));
      CREATE UNIQUE INDEX tokens_id ON tokens (id);
      ALTER TABLE tokens ADD COLUMN expires_at TEXT;
      ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
      ALTER TABLE tokens ADD COLUMN owner_id TEXT;
      CREATE INDEX tokens_owner ON tokens (owner_id) WHERE owner_id IS NOT NULL;
      ALTER TABLE audit ADD COLUMN target_token TEXT;
    `,
  },
  // Issue 10: organisations; every existing row joins the default one.
  { version: 4, sql: organisationsMigration },
  // Issue 11: the audit records what a single-contact write changed (JSON, before → after); older rows have none and
  // the console says so. The Activity section filters the log by writer and by import on the server.
  {
    version: 5,
    sql: `
      ALTER TABLE audit ADD COLUMN details TEXT;
      CREATE INDEX audit_token ON audit (org_id, token, id);
      CREATE INDEX audit_import ON audit (org_id, import_id) WHERE import_id IS NOT NULL;
    `,
  },
  // Issue 10: audit entries are numbered per organisation (seq), as the change feed is, so the numbers an admin pages
  // by say nothing of other organisations' activity. Existing rows are numbered in their order.
  {
    version: 6,
    sql: `
      ALTER TABLE audit ADD COLUMN seq INTEGER;
      UPDATE audit SET seq = numbered.n
        FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY org_id ORDER BY id) AS n FROM audit) AS numbered
        WHERE numbered.id = audit.id;
      CREATE UNIQUE INDEX audit_seq ON audit (org_id, seq);
    `,
  },
];

/**
 * Brings the database to the latest schema version; returns the versions it applied. Refuses, writing nothing, a
 * database whose schema is newer than this code knows (`where` names it in the message).
 */
export function migrate(db: Database.Database, now: () => string, where = db.name): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const known = migrations.at(-1)!.version;
  const newest = Math.max(0, ...done);
  if (newest > known) throw newerSchemaError(where, newest, known);
  const applied: number[] = [];
  const isDone = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    // Asked again inside the write lock: another process starting at the same time may have applied it meanwhile.
    const ran = db.transaction(() => {
      if (isDone.get(migration.version) !== undefined) return false;
      if (migration.sql !== undefined) db.exec(migration.sql);
      migration.run?.(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, now());
      return true;
    }).immediate();
    if (ran) applied.push(migration.version);
  }
  return applied;
}
