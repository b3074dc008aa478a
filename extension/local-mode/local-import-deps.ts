/** What a local-mode import and its undo need (issue 5): one object a caller builds for both. */
import type { ContactsDb } from '../storage/db';

export interface LocalImportDeps {
  db: ContactsDb;
  now: () => number;
  /** A fresh unique id (crypto.randomUUID in the browser). */
  newId: () => string;
}
