/**
 * `company-contacts import FILE [--db FILE|URL] [--org NAME] …` (issue 10): imports a contacts file straight into the
 * server's database, SQLite or PostgreSQL, with the server's own import (server/directory/run-import.ts): the same
 * rules, duplicate policy, cap, single transaction, undo record and audit entry (written as `cli:<user>`), so the
 * import shows in the console's Activity and can be undone there. Safe while the server runs: the stores serialise
 * an organisation's writers, and a server's duplicate index catches up from the change feed on its next write.
 */
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { ImportResponse } from '../lib/api/api';
import type { DuplicatePolicy } from '../lib/contact/contact';
import { runImport } from '../server/directory/run-import';
import { now, organisationStore, withStore } from './open-database';

export interface DatabaseImport {
  db: string;
  org: string | undefined;
  path: string;
  bytes: Uint8Array;
  onDuplicate: DuplicatePolicy;
  dryRun: boolean;
  defaultCountry: string | undefined;
  maxContacts: number;
}

/** The audit's "who" for a command-line import: the account that ran it. */
function commandLineWriter(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Runs the import and hands its answer to `print`; exit 1 when the database cannot be opened or the organisation is unknown. */
export function importIntoDatabase(request: DatabaseImport, print: (answer: ImportResponse) => number): Promise<number> {
  return withStore(request.db, false, async (store) => {
    const directory = await organisationStore(store, request.org);
    if (directory === null) return 1;
    const at = now();
    const answer = await directory.transaction((tx) =>
      runImport(
        { tx, token: commandLineWriter(), now: at, defaultCountry: request.defaultCountry },
        {
          source: { kind: 'file', name: basename(request.path), bytes: request.bytes, vcard: false },
          onDuplicate: request.onDuplicate,
          dryRun: request.dryRun,
          maxContacts: request.maxContacts,
        },
      ),
    );
    return print(answer.body as ImportResponse);
  });
}
