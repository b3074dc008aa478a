/**
 * The SQLite implementation of the store (better-sqlite3).
 *
 * Durability: WAL journal with `synchronous = FULL`, so a commit has reached the disk (the WAL is fsynced) before
 * the answer is sent; NORMAL would be safe against a crashed process but could lose the last commits on power loss.
 *
 * Two connections: the writer runs transactions one at a time (a promise queue, plus BEGIN IMMEDIATE against other
 * processes such as the token CLI); the reader answers plain reads and, thanks to WAL, only ever sees committed data.
 *
 * Why the change feed has no gap and no repeat: every write stamps its row with seq = MAX(seq) + 1 over its
 * organisation's rows (issue 10: seqs count per organisation), computed inside its write transaction. Write transactions are serialised (only one writer at a time, here and in SQLite), so
 * they commit in seq order and the committed rows always hold a prefix of the seq numbers. A page read (its two
 * statements in one read transaction, see sqlite-reads.ts) sees one committed snapshot, so when it returns seq N,
 * every seq below N is already visible to it, and any later write gets a seq above everything it saw. Paging on
 * `seq > cursor` therefore meets each change once, in order. A contact changed twice between two pages shows up once
 * with its latest state (its row moved to the newer seq).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import type { Contact } from '../../../lib/contact/contact';
import type { DirectoryLookup, ExistingContact } from '../../../lib/contact/directory-lookup';
import type { OrgStore, Store, Tx } from '../store';
import { backgroundCheckpoint } from './background-checkpoint';
import { migrate } from './migrations';
import { sqliteOrganisations } from './sqlite-organisations';
import { type ContactRow, rowToContact, sqliteReads } from './sqlite-reads';
import { CONTACT_BY_EMAIL, CONTACTS_BY_PHONE } from './hot-statements';
import { sqliteTokenLookup } from './sqlite-token-lookup';
import { batchedStamps } from '../change-stamps';
import { tokenCache } from '../token-cache';
import { createWriteQueue } from '../write-queue';

interface SqliteStoreOptions {
  file: string;
  now: () => string;
  /**
   * Checkpoint the WAL in a worker thread instead of inside the commit that fills it (see background-checkpoint.ts):
   * for the long-running server. Short-lived tools (the token CLI) keep SQLite's automatic checkpoints.
   */
  backgroundCheckpoint?: boolean;
}

function openConnection(file: string): Database.Database {
  const db = new Database(file);
  // First: switching a new file to WAL takes a lock another process starting at the same time may hold.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // 64 MB of page cache: 100,000 contacts and their indexes stay in memory.
  db.pragma('cache_size = -65536');
  return db;
}

export interface SqliteStore extends Store {
  /** Resolves once the background WAL checkpoint after the last commit has run (tests). */
  checkpointIdle(): Promise<void>;
}

/** Opens (creating folder and file if needed) and migrates the database. Throws when the file is not writable. */
export function openSqliteStore({ file, now, backgroundCheckpoint: inWorker = false }: SqliteStoreOptions): SqliteStore {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Create a new database file 0600 before SQLite does (it would make it 0644 under the usual umask): SQLite gives
  // the -wal and -shm files the database file's permissions, so no other user of the machine can read the contacts
  // or the token hashes (issue 9, defect 9). An existing file keeps the permissions its admin chose.
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const writer = openConnection(file);
  let reader: Database.Database;
  try {
    migrate(writer, now);
    reader = openConnection(file);
  } catch (error) {
    writer.close();
    throw error;
  }
  const checkpoint = inWorker ? backgroundCheckpoint(writer, file, createRequire(import.meta.url).resolve('better-sqlite3')) : null;
  const tx = sqliteTx(writer);
  const queue = createWriteQueue();
  const readsOf = sqliteReads(reader);
  const tokens = tokenCache(sqliteTokenLookup(reader));
  // The feed cache's stamp: moves whenever another connection commits (this process's writer, or another process
  // such as the CLI), the same for every organisation; read once for every feed request waiting (../change-stamps.ts).
  const dataVersion = reader.prepare<[], number>('PRAGMA data_version').pluck();
  const changeStamp = batchedStamps((ids) => {
    const version = dataVersion.get()!;
    return new Map(ids.map((id) => [id, version]));
  });
  const organisations = sqliteOrganisations(reader, writer);
  const touch = writer.prepare(
    'UPDATE tokens SET last_used_at = ? WHERE org_id = ? AND id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
  );

  /** Runs `work` in one write transaction (BEGIN IMMEDIATE: also against other processes), after the queued ones. */
  const write = <T>(work: () => Promise<T>): Promise<T> =>
    queue.run(async () => {
      writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        writer.exec('COMMIT');
        // A token this transaction revoked is refused by this process from the next request on (token-cache.ts).
        tokens.clear();
        checkpoint?.committed();
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
    });
  // One scoped store per organisation, made once: routes ask for the caller's on every request.
  const scoped = new Map<string, OrgStore>();

  return {
    findToken: (hash) => tokens.find(hash),
    createOrganisation: (record) => write(async () => organisations.create(record)),
    listOrganisations: async () => organisations.list(),
    findOrganisation: async (name) => organisations.find(name),
    forOrg(orgId) {
      let store = scoped.get(orgId);
      if (!store) {
        store = {
          ...readsOf(orgId),
          orgId,
          transaction: (fn) =>
            write(() => {
              tx.begin(orgId);
              return fn(tx);
            }),
          changeStamp: () => changeStamp(orgId),
          touchToken(id, at) {
            // On the writer connection, so queued behind (never inside) an open write transaction; one autocommit statement.
            return queue.run(async () => {
              touch.run(at, orgId, id, at);
              checkpoint?.committed();
            });
          },
        };
        scoped.set(orgId, store);
      }
      return store;
    },
    warnings: [],
    checkpointIdle: async () => checkpoint?.idle(),
    async close() {
      await queue.idle();
      await checkpoint?.close();
      reader.close();
      writer.close();
    },
  };
}

/**
 * The transaction's operations, and `begin(orgId)` to call at each BEGIN: it binds them to the organisation and resets
 * the cached sequence counter. One object for every transaction (statements are prepared once): transactions of a
 * store never overlap.
 */
function sqliteTx(db: Database.Database): Tx & { begin(orgId: string): void } {
  const maxSeq = db.prepare<[string], number>('SELECT COALESCE(MAX(seq), 0) FROM contacts WHERE org_id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO contacts (org_id, id, seq, version, email, deleted, json) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (org_id, id) DO UPDATE SET seq = excluded.seq, version = excluded.version, email = excluded.email,
       deleted = excluded.deleted, json = excluded.json`,
  );
  const dropPhones = db.prepare('DELETE FROM contact_phones WHERE org_id = ? AND contact_id = ?');
  const addPhone = db.prepare('INSERT OR IGNORE INTO contact_phones (org_id, number, contact_id) VALUES (?, ?, ?)');
  // Plans pinned by a test: see hot-statements.ts.
  const byEmail = db.prepare<[string, string], ContactRow>(CONTACT_BY_EMAIL);
  const byPhone = db.prepare<[string, string], ContactRow>(CONTACTS_BY_PHONE);
  // seq: the organisation's next audit number (its writers never overlap); (org_id, seq) is unique.
  const addAudit = db.prepare(
    'INSERT INTO audit (org_id, seq, at, token, action, contact_ids, import_id, target_token, details) ' +
      'VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit WHERE org_id = ?), ?, ?, ?, ?, ?, ?, ?)',
  );
  const addImport = db.prepare('INSERT INTO imports (org_id, id, token, file, created_at) VALUES (?, ?, ?, ?, ?)');
  const addItem = db.prepare(
    'INSERT OR IGNORE INTO import_items (org_id, import_id, contact_id, before, after_version) VALUES (?, ?, ?, ?, ?)',
  );
  const items = db.prepare<[string, string], { contact_id: string; before: string | null; after_version: number }>(
    'SELECT contact_id, before, after_version FROM import_items WHERE org_id = ? AND import_id = ?',
  );
  const undone = db.prepare('UPDATE imports SET undone_at = ? WHERE org_id = ? AND id = ?');
  const putKey = db.prepare(
    'INSERT OR REPLACE INTO idempotency (org_id, token, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const pruneKeys = db.prepare('DELETE FROM idempotency WHERE org_id = ? AND created_at < ?');
  const addToken = db.prepare(
    'INSERT INTO tokens (org_id, id, name, role, hash, created_at, expires_at, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const revoke = db.prepare('UPDATE tokens SET revoked_at = ? WHERE org_id = ? AND name = ? AND revoked_at IS NULL');
  const revokeById = db.prepare('UPDATE tokens SET revoked_at = ? WHERE org_id = ? AND id = ? AND revoked_at IS NULL');
  const readsOf = sqliteReads(db);

  let org = '';
  let reads = readsOf(org);
  const existing = (row: ContactRow): ExistingContact => {
    const contact = rowToContact(row);
    return { id: contact.id, name: contact.name, email: contact.email, phones: contact.phones };
  };
  const lookup: DirectoryLookup = {
    findByEmail: (email) => {
      const row = byEmail.get(org, email.toLowerCase());
      return row && existing(row);
    },
    findByPhone: (number) => byPhone.all(org, number).map(existing),
  };

  // The last seq handed out in this transaction; read from the table once per transaction (writers are serialised).
  let lastSeq: number | undefined;
  const nextSeq = () => (lastSeq = (lastSeq ?? maxSeq.get(org)!) + 1);

  return {
    begin(orgId) {
      org = orgId;
      reads = readsOf(orgId);
      lastSeq = undefined;
    },
    getContact: (id) => reads.getContact(id),
    getContacts: (ids) => reads.getContacts(ids),
    lastSeq: () => reads.lastSeq(),
    changesJson: (afterSeq, limit) => reads.changesJson(afterSeq, limit),
    audit: (selection) => reads.audit(selection),
    listTokens: () => reads.listTokens(),
    hasActiveAdmin: (now) => reads.hasActiveAdmin(now),
    getImport: (id) => reads.getImport(id),
    getIdempotent: (token, key) => reads.getIdempotent(token, key),
    lookup: () => lookup,
    async putContact(input) {
      // The API's key order, absent optional fields left out.
      const { id, version, updatedAt, name, position, email, phones } = input;
      const deleted = input.deleted === true;
      const contact: Contact = { id, version, updatedAt, deleted, name, ...(position ? { position } : {}), ...(email ? { email } : {}), phones };
      upsert.run(org, id, nextSeq(), version, deleted ? null : (email ?? null), deleted ? 1 : 0, JSON.stringify(contact));
      // Version 1 is a new contact: it has no phone rows to drop yet.
      if (version > 1) dropPhones.run(org, id);
      if (!deleted) for (const phone of phones) addPhone.run(org, phone.number, id);
      return contact;
    },
    async addAudit({ at, token, action, contactIds, importId, targetToken, change }) {
      addAudit.run(org, org, at, token, action, JSON.stringify(contactIds), importId ?? null, targetToken ?? null, change ? JSON.stringify(change) : null);
    },
    async createImport(record, importItems) {
      addImport.run(org, record.id, record.token, record.file, record.createdAt);
      for (const item of importItems) {
        addItem.run(org, record.id, item.contactId, item.before && JSON.stringify(item.before), item.afterVersion);
      }
    },
    async importItems(importId) {
      return items.all(org, importId).map((row) => ({
        contactId: row.contact_id,
        before: row.before === null ? null : (JSON.parse(row.before) as Contact),
        afterVersion: row.after_version,
      }));
    },
    async markImportUndone(importId, at) {
      undone.run(at, org, importId);
    },
    async putIdempotent(token, key, answer, at) {
      // Keys live a day: long enough for any client retry, short enough to keep the table small.
      pruneKeys.run(org, new Date(Date.parse(at) - 86_400_000).toISOString());
      putKey.run(org, token, key, answer.fingerprint, answer.status, JSON.stringify(answer.body), at);
    },
    async createToken({ id, name, role, hash, createdAt, expiresAt = null, ownerId = null }) {
      addToken.run(org, id, name, role, hash, createdAt, expiresAt, ownerId);
    },
    async revokeToken(name, at) {
      return revoke.run(at, org, name).changes > 0;
    },
    async revokeTokenById(id, at) {
      return revokeById.run(at, org, id).changes > 0;
    },
  };
}
