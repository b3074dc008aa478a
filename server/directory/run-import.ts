/**
 * POST /imports (issue 3): the core checks the file (CSV or vCard, issue 13) or list against the directory, then every accepted line is
 * written in the caller's single transaction, so the batch commits whole or not at all. The batch keeps each
 * contact's state before the import, for undo.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ImportResponse } from '../../lib/api/api';
import { checkContactList } from '../../lib/rules/check-contact-list';
import { checkContactsFile } from '../../lib/import/check-contacts-file';
import type { DuplicatePolicy } from '../../lib/contact/contact';
import { importCounts } from '../../lib/rules/import-counts';
import type { ImportItem } from '../store/store';
import type { Answer } from './answer-once';
import { newContactId } from './new-contact-id';
import type { WriteContext } from './contact-writes';

/** A file (CSV or vCard, by its name; `vcard` when it came as `text/vcard`), or a JSON list. */
export type ImportSource = { kind: 'file'; name: string; bytes: Uint8Array; vcard: boolean } | { kind: 'json'; list: unknown };

interface ImportRequest {
  source: ImportSource;
  onDuplicate: DuplicatePolicy;
  dryRun: boolean;
  maxContacts: number;
  /** Test only: pause half-way through the writes, inside the transaction (see tests/server/crash-import.test.ts). */
  pauseMs?: number;
}


/** 422 for a refused file, 200 for a dry run, 201 for a committed batch. */
export async function runImport(context: WriteContext, request: ImportRequest): Promise<Answer> {
  const { tx, token, now, defaultCountry } = context;
  const { source, onDuplicate, dryRun } = request;
  const options = { maxContacts: request.maxContacts, defaultCountry, existing: tx.lookup(), onDuplicate };
  const report =
    source.kind === 'file'
      ? checkContactsFile({ name: source.name, bytes: source.bytes }, source.vcard ? { ...options, as: 'vcard' } : options)
      : checkContactList(source.list, options);
  const answer = (importId: string | null): ImportResponse => ({ ...report, importId, dryRun, onDuplicate, counts: importCounts(report) });
  if (!report.ok) return { status: 422, body: answer(null) };
  if (dryRun) return { status: 200, body: answer(null) };

  const importId = randomUUID();
  const items = new Map<string, ImportItem>();
  const writes = [
    ...report.contacts.map((line) => ({ id: newContactId(), line, created: true })),
    ...report.updates.map((line) => ({ id: line.id, line, created: false })),
  ];
  for (const [index, { id, line, created }] of writes.entries()) {
    if (request.pauseMs && index === Math.floor(writes.length / 2)) {
      process.stderr.write(`test: import ${importId} paused inside its transaction after ${index} writes\n`);
      await sleep(request.pauseMs);
    }
    const before = created ? null : ((await tx.getContact(id)) ?? null);
    const written = await tx.putContact({
      id,
      version: (before?.version ?? 0) + 1,
      updatedAt: now,
      name: line.name,
      phones: line.phones,
      ...(line.position ? { position: line.position } : {}),
      ...(line.email ? { email: line.email } : {}),
    });
    const item = items.get(id);
    if (item) item.afterVersion = written.version;
    else items.set(id, { contactId: id, before, afterVersion: written.version });
  }
  const file = source.kind === 'file' ? source.name : report.file;
  await tx.createImport({ id: importId, token, file, createdAt: now }, [...items.values()]);
  await tx.addAudit({ at: now, token, action: 'import', contactIds: [...items.keys()], importId });
  return { status: 201, body: answer(importId) };
}
