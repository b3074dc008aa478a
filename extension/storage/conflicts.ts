/** The writes the server refused (issue 4), kept for the admin: read, found and dismissed through these only. */
import type { ConflictRecord, ContactsDb } from './db';

/** Every refused write still shown, oldest first. */
export function readConflicts(db: ContactsDb): Promise<ConflictRecord[]> {
  return db.getAll('conflicts');
}

/** The refused write recorded for the outbox entry with this idempotency key, if any. */
export async function findConflict(db: ContactsDb, idempotencyKey: string): Promise<ConflictRecord | undefined> {
  return (await readConflicts(db)).find((record) => record.entry.idempotencyKey === idempotencyKey);
}

/** Forgets a refused write (the admin dismissed it, or made it again in the form). */
export async function dismissConflict(db: ContactsDb, conflict: ConflictRecord) {
  if (conflict.id !== undefined) await db.delete('conflicts', conflict.id);
}
