/**
 * SQLite schema version 4 (issue 10, after issue 11's token columns of version 3): organisations. Every table gets the `org_id` of the organisation its row belongs
 * to, and every existing row goes to the `default` organisation this migration creates, so a single-company install
 * carries on as before. The tables are rebuilt (SQLite cannot change a primary key in place): keys now start with
 * org_id, so two organisations may hold the same token name, and the feed's seq counts per organisation. Token ids
 * stay unique across organisations (random, and `DELETE /tokens/:id` names a token by it alone).
 *
 * contacts becomes a WITHOUT ROWID table keyed (org_id, seq): one organisation's feed page is still one contiguous
 * range scan of the table, as it was when seq was the rowid.
 */
export const organisationsMigration = `
  CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );
  INSERT INTO organisations (id, name, created_at) VALUES ('default', 'default', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

  ALTER TABLE tokens RENAME TO tokens_v2;
  ALTER TABLE contacts RENAME TO contacts_v2;
  ALTER TABLE contact_phones RENAME TO contact_phones_v2;
  ALTER TABLE imports RENAME TO imports_v2;
  ALTER TABLE import_items RENAME TO import_items_v2;
  ALTER TABLE audit RENAME TO audit_v2;
  ALTER TABLE idempotency RENAME TO idempotency_v2;

  CREATE TABLE tokens (
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    id TEXT NOT NULL,
    expires_at TEXT,
    last_used_at TEXT,
    owner_id TEXT,
    PRIMARY KEY (org_id, name)
  );
  -- No foreign key on the tables written a row per contact: it would cost a look-up per row of an import.
  CREATE TABLE contacts (
    org_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    email TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL,
    PRIMARY KEY (org_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE contact_phones (
    org_id TEXT NOT NULL,
    number TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    PRIMARY KEY (org_id, number, contact_id)
  ) WITHOUT ROWID;
  CREATE TABLE imports (
    org_id TEXT NOT NULL REFERENCES organisations (id),
    id TEXT NOT NULL,
    token TEXT NOT NULL,
    file TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at TEXT,
    PRIMARY KEY (org_id, id)
  );
  CREATE TABLE import_items (
    org_id TEXT NOT NULL,
    import_id TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    before TEXT,
    after_version INTEGER NOT NULL,
    PRIMARY KEY (org_id, import_id, contact_id),
    FOREIGN KEY (org_id, import_id) REFERENCES imports (org_id, id)
  ) WITHOUT ROWID;
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    at TEXT NOT NULL,
    token TEXT NOT NULL,
    action TEXT NOT NULL,
    contact_ids TEXT NOT NULL,
    import_id TEXT,
    target_token TEXT
  );
  CREATE TABLE idempotency (
    org_id TEXT NOT NULL REFERENCES organisations (id),
    token TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (org_id, token, key)
  ) WITHOUT ROWID;

  INSERT INTO tokens (org_id, name, role, hash, created_at, revoked_at, id, expires_at, last_used_at, owner_id)
    SELECT 'default', name, role, hash, created_at, revoked_at, id, expires_at, last_used_at, owner_id FROM tokens_v2;
  INSERT INTO contacts SELECT 'default', seq, id, version, email, deleted, json FROM contacts_v2;
  INSERT INTO contact_phones SELECT 'default', number, contact_id FROM contact_phones_v2;
  INSERT INTO imports SELECT 'default', id, token, file, created_at, undone_at FROM imports_v2;
  INSERT INTO import_items SELECT 'default', import_id, contact_id, before, after_version FROM import_items_v2;
  INSERT INTO audit (id, org_id, at, token, action, contact_ids, import_id, target_token)
    SELECT id, 'default', at, token, action, contact_ids, import_id, target_token FROM audit_v2;
  INSERT INTO idempotency SELECT 'default', token, key, fingerprint, status, body, created_at FROM idempotency_v2;

  DROP TABLE import_items_v2;
  DROP TABLE imports_v2;
  DROP TABLE tokens_v2;
  DROP TABLE contacts_v2;
  DROP TABLE contact_phones_v2;
  DROP TABLE audit_v2;
  DROP TABLE idempotency_v2;

  CREATE UNIQUE INDEX tokens_id ON tokens (id);
  CREATE INDEX tokens_owner ON tokens (org_id, owner_id) WHERE owner_id IS NOT NULL;
  CREATE UNIQUE INDEX contacts_id ON contacts (org_id, id);
  CREATE INDEX contacts_email ON contacts (org_id, email) WHERE deleted = 0 AND email IS NOT NULL;
  CREATE INDEX contact_phones_contact ON contact_phones (org_id, contact_id);
  CREATE INDEX audit_org ON audit (org_id, id);
  CREATE INDEX audit_at ON audit (org_id, at);
  CREATE INDEX idempotency_created ON idempotency (org_id, created_at);
`;
