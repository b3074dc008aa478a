/**
 * Undo of a local-mode import (issue 5), with the server's semantics (server/directory/undo-import.ts): in one
 * transaction, what the import created is removed and what it replaced gets its previous fields back; a contact
 * changed or deleted since is left alone and listed, so undo never overwrites a later edit. It answers the server's
 * `UndoResponse`, and refuses as the server does (same codes) when there is nothing to undo.
 */
import type { UndoResponse } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { deleteContact, getContact, putContact } from '../storage/contact-table';
import type { StoredContact } from '../storage/db';
import { changeWithBatches } from '../storage/import-batches';
import type { LocalImportDeps } from './local-import-deps';

/** The import's deps (only `db` and `now` are used), so a caller builds one object for both. */
type LocalUndoDeps = Pick<LocalImportDeps, 'db' | 'now'> & Partial<LocalImportDeps>;

type LocalUndoCode = 'not-found' | 'already-undone' | 'nothing-to-undo';

/**
 * A local undo that cannot happen. `status` and `code` are the ones the server answers for the same case, so the
 * options page handles this like the `ApiError` of server mode.
 */
export class LocalUndoError extends Error {
  override name = 'LocalUndoError';
  constructor(
    readonly status: 404 | 409,
    readonly code: LocalUndoCode,
    message: string,
    /** For `nothing-to-undo`: the contacts that changed since, left as they are. */
    readonly skipped: UndoResponse['skipped'] = [],
  ) {
    super(message);
  }
}

/** The contact as the API shows it: without the extension's search key and local flag. */
function asContact({ key: _key, local: _local, ...contact }: StoredContact): Contact {
  return contact;
}

/**
 * Reverts the local import `importId`. Throws {@link LocalUndoError} when there is no such import, when it was
 * already undone, or when every one of its contacts changed since (then nothing is written, as on the server).
 */
export async function undoLocalImport(deps: LocalUndoDeps, importId: string): Promise<UndoResponse> {
  return changeWithBatches(deps.db, async ({ table: loadTable, batches }) => {
    const batch = await batches.read(importId);
    if (!batch) throw new LocalUndoError(404, 'not-found', `There is no import "${importId}" in this browser.`);
    if (batch.undoneAt) {
      throw new LocalUndoError(409, 'already-undone', `Import "${importId}" was already undone at ${batch.undoneAt}.`);
    }
    const table = await loadTable();
    const now = new Date(deps.now()).toISOString();
    const undone: Contact[] = [];
    const skipped: UndoResponse['skipped'] = [];
    const unchanged = (id: string, updatedAt: string): StoredContact | undefined => {
      const contact = getContact(table, id);
      if (!contact) skipped.push({ id, reason: 'deleted-since' });
      else if (contact.updatedAt !== updatedAt) skipped.push({ id, reason: 'changed-since' });
      else return contact;
      return undefined;
    };
    for (const { id, updatedAt } of batch.created) {
      const contact = unchanged(id, updatedAt);
      if (!contact) continue;
      deleteContact(table, id);
      undone.push({ id, version: contact.version, updatedAt: now, deleted: true, name: '', phones: [] });
    }
    for (const { before, updatedAt } of batch.updated) {
      if (!unchanged(before.id, updatedAt)) continue;
      const restored: StoredContact = { ...before, updatedAt: now };
      putContact(table, restored);
      undone.push(asContact(restored));
    }
    if (undone.length === 0) {
      // Nothing changed in the table: the transaction ends with no write.
      throw new LocalUndoError(
        409,
        'nothing-to-undo',
        `Nothing of import "${importId}" can be undone: ${skipped.length} of its contacts changed since, and are left as they are.`,
        skipped,
      );
    }
    await batches.write({ ...batch, undoneAt: now });
    return { importId, undone, skipped };
  });
}
