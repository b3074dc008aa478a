/**
 * POST /imports/:id/undo (issue 3): reverts a batch in one transaction. What the import created is deleted
 * (tombstoned); what it updated gets its previous fields back. A contact changed since the import is left alone and
 * listed, so undo never overwrites someone's later edit. Nothing left to undo: 409.
 */
import type { UndoResponse } from '../../lib/api/api';
import type { Contact } from '../../lib/contact/contact';
import { HttpError } from '../http/http-error';
import type { Answer } from './answer-once';
import { tombstone, type WriteContext } from './contact-writes';

export async function undoImport({ tx, token, now }: WriteContext, importId: string): Promise<Answer> {
  const batch = await tx.getImport(importId);
  if (!batch) throw new HttpError(404, 'not-found', `There is no import "${importId}" on this server.`);
  if (batch.undoneAt) {
    throw new HttpError(409, 'already-undone', `Import "${importId}" was already undone at ${batch.undoneAt}.`);
  }
  const undone: Contact[] = [];
  const skipped: UndoResponse['skipped'] = [];
  for (const item of await tx.importItems(importId)) {
    const contact = await tx.getContact(item.contactId);
    if (!contact) continue;
    if (contact.version !== item.afterVersion) {
      skipped.push({ id: contact.id, reason: contact.deleted ? 'deleted-since' : 'changed-since' });
      continue;
    }
    const restored = item.before
      ? { ...item.before, version: contact.version + 1, updatedAt: now }
      : tombstone(contact, now);
    undone.push(await tx.putContact(restored));
  }
  if (undone.length === 0) {
    throw new HttpError(
      409,
      'nothing-to-undo',
      `Nothing of import "${importId}" can be undone: ${skipped.length} of its contacts changed since, and are left as they are.`,
      { skipped },
    );
  }
  await tx.markImportUndone(importId, now);
  await tx.addAudit({ at: now, token, action: 'import.undo', contactIds: undone.map((contact) => contact.id), importId });
  const body: UndoResponse = { importId, undone, skipped };
  return { status: 200, body };
}
