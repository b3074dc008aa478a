/**
 * Seeds the default organisation of a SQLite database in bulk (one transaction, prepared statements): the schema comes
 * from the store's own migrations (the store is opened once and closed), the rows are those putContact writes.
 */
import Database from 'better-sqlite3';
import { newContactId } from '../../server/directory/new-contact-id';
import { openSqliteStore } from '../../server/store/sqlite/open-sqlite-store';
import { DEFAULT_ORGANISATION_ID } from '../../server/store/store';
import { seedJson, type SeedContact } from './seed-contacts';

/** Writes `contacts` (seqs 1…n, in order) into the default organisation of the new database `file`. */
export async function seedSqlite(file: string, contacts: SeedContact[], at: Date): Promise<void> {
  await openSqliteStore({ file, now: () => at.toISOString() }).close();
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const addContact = db.prepare('INSERT INTO contacts (org_id, id, seq, version, email, deleted, json) VALUES (?, ?, ?, 1, ?, 0, ?)');
    const addPhone = db.prepare('INSERT OR IGNORE INTO contact_phones (org_id, number, contact_id) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (const [index, contact] of contacts.entries()) {
        const id = newContactId(at.getTime());
        addContact.run(DEFAULT_ORGANISATION_ID, id, index + 1, contact.email, seedJson(id, contact));
        for (const number of contact.numbers) addPhone.run(DEFAULT_ORGANISATION_ID, number, id);
      }
    })();
    // No ANALYZE: the server never runs one, so its query plans are those of a database without statistics.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
