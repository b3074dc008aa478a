/**
 * Single-contact writes (issue 3): create, update and delete, each inside the caller's transaction.
 * The core rules validate (422 with the rejected entries) and find duplicates (409 with the existing contact);
 * `If-Match` versions make a stale write a 409 with the current contact, so no update is ever lost.
 */
import { contactChange } from '../../lib/audit/contact-change';
import type { Contact, ContactFields, DuplicatePolicy } from '../../lib/contact/contact';
import { contactWithFields } from '../../lib/contact/contact-with-fields';
import { lookupExcluding, type DirectoryLookup } from '../../lib/contact/directory-lookup';
import { findDuplicate } from '../../lib/contact/find-duplicate';
import { validateContact } from '../../lib/rules/validate-contact';
import { HttpError } from '../http/http-error';
import type { Tx } from '../store/store';
import type { Answer } from './answer-once';
import { newContactId } from './new-contact-id';

export interface WriteContext {
  tx: Tx;
  token: string;
  now: string;
  defaultCountry?: string;
}

function validated(input: unknown, defaultCountry: string | undefined): ContactFields {
  const result = validateContact(input, { defaultCountry });
  if (!result.ok) {
    const first = result.problems[0]?.message ?? 'The contact is not valid.';
    // A control character is not text at all (issue 9, defect 6): a malformed request, not a contact that breaks a rule.
    if (result.problems[0]?.code === 'control-character') {
      throw new HttpError(400, 'control-character', `The contact was rejected: ${first}`, { rejected: result.problems });
    }
    throw new HttpError(422, 'invalid-contact', `The contact was rejected: ${first}`, { rejected: result.problems });
  }
  return result.contact;
}


async function duplicateOf(tx: Tx, fields: ContactFields, lookup: DirectoryLookup): Promise<Contact | undefined> {
  const match = findDuplicate(fields, lookup);
  return match?.kind === 'same' ? tx.getContact(match.of.id) : undefined;
}

function duplicateError(existing: Contact): HttpError {
  return new HttpError(
    409,
    'duplicate',
    `This contact duplicates "${existing.name}" (${existing.id}), already in the directory: edit that one, or send onDuplicate=update.`,
    { contact: existing },
  );
}

/** POST /contacts: 201 with the new contact, or 200 with the updated one under `onDuplicate=update`. */
export async function createContact(context: WriteContext, input: unknown, onDuplicate: DuplicatePolicy): Promise<Answer> {
  const { tx, token, now } = context;
  const fields = validated(input, context.defaultCountry);
  const existing = await duplicateOf(tx, fields, tx.lookup());
  if (existing && onDuplicate !== 'update') throw duplicateError(existing);
  if (existing) {
    const contact = await tx.putContact(contactWithFields({ id: existing.id, version: existing.version + 1, updatedAt: now }, fields));
    await tx.addAudit({ at: now, token, action: 'contact.update', contactIds: [contact.id], change: contactChange(existing, contact) });
    return { status: 200, body: contact };
  }
  const contact = await tx.putContact(contactWithFields({ id: newContactId(), version: 1, updatedAt: now }, fields));
  await tx.addAudit({ at: now, token, action: 'contact.create', contactIds: [contact.id], change: contactChange(null, contact) });
  return { status: 201, body: contact };
}

/** The current contact, when the client's `If-Match` version is still current; else 404 / 409 with it. */
async function current(tx: Tx, id: string, version: number): Promise<Contact> {
  const contact = await tx.getContact(id);
  if (!contact) throw new HttpError(404, 'not-found', `There is no contact "${id}": it may never have existed on this server.`);
  if (contact.version !== version) {
    throw new HttpError(
      409,
      'version-conflict',
      `Contact "${id}" changed since you read it (you sent version ${version}, it is at ${contact.version}${contact.deleted ? ', deleted' : ''}): here is the current contact; reapply your change to it.`,
      { contact },
    );
  }
  if (contact.deleted) {
    throw new HttpError(409, 'contact-deleted', `Contact "${id}" is deleted: create it again instead.`, { contact });
  }
  return contact;
}

/** PUT /contacts/:id with If-Match: 200 with the contact at its next version. */
export async function updateContact(context: WriteContext, id: string, version: number, input: unknown): Promise<Answer> {
  const { tx, token, now } = context;
  const before = await current(tx, id, version);
  const fields = validated(input, context.defaultCountry);
  const existing = await duplicateOf(tx, fields, lookupExcluding(tx.lookup(), id));
  if (existing) throw duplicateError(existing);
  const contact = await tx.putContact(contactWithFields({ id, version: before.version + 1, updatedAt: now }, fields));
  await tx.addAudit({ at: now, token, action: 'contact.update', contactIds: [id], change: contactChange(before, contact) });
  return { status: 200, body: contact };
}

/** The state a deleted contact keeps: identity and version only, so the feed can carry the deletion. */
export function tombstone(contact: Pick<Contact, 'id' | 'version'>, now: string): Contact {
  return { id: contact.id, version: contact.version + 1, updatedAt: now, deleted: true, name: '', phones: [] };
}

/** DELETE /contacts/:id with If-Match: 200 with the tombstone. */
export async function deleteContact(context: WriteContext, id: string, version: number): Promise<Answer> {
  const { tx, token, now } = context;
  const before = await current(tx, id, version);
  const contact = await tx.putContact(tombstone(before, now));
  await tx.addAudit({ at: now, token, action: 'contact.delete', contactIds: [id], change: contactChange(before, null) });
  return { status: 200, body: contact };
}
