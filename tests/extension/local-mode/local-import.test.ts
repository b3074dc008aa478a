import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCsv } from '../../fixtures/generate-csv';
import { generateContacts } from '../../fixtures/generate-contacts';
import type { Contact } from '../../../lib/contact/contact';
import { loadTable, putContact, readAllContacts, saveTable } from '../../../extension/storage/contact-table';
import { openContactsDb, type ContactsDb } from '../../../extension/storage/db';
import { importCsvLocally, KEPT_BATCHES } from '../../../extension/local-mode/local-import';
import { LocalUndoError, undoLocalImport } from '../../../extension/local-mode/local-undo-import';
import { enqueue } from '../../../extension/storage/outbox';
import { toStoredContact } from '../../../extension/storage/stored-contact';
import { buildSearchKey } from '../../../lib/search/search-key';
import { GUIDE_EXAMPLE, HEADER, csvFile, makeContact, makePhone, textFile } from '../../fixtures/contacts';

let db: ContactsDb;
let clock: number;
let ids: number;
beforeEach(async () => {
  db = await openContactsDb(`local-import-${Math.random()}`);
  clock = Date.UTC(2026, 10, 25, 15, 0);
  ids = 0;
});
afterEach(() => db.close());

const deps = () => ({ db, now: () => clock, newId: () => `n${++ids}` });
const guide = () => textFile(GUIDE_EXAMPLE, 'exemple.csv');
const iso = (ms: number) => new Date(ms).toISOString();

async function seed(contacts: Contact[]) {
  const tx = db.transaction(['chunks', 'views'], 'readwrite');
  const table = await loadTable(tx.objectStore('chunks'), tx.objectStore('views'));
  for (const contact of contacts) putContact(table, toStoredContact(contact));
  await saveTable(tx.objectStore('chunks'), tx.objectStore('views'), table);
  await tx.done;
}

/** The contacts as the popup would show them: id, name, position, email, phones, local flag; sorted by name. */
async function directory() {
  const all = await readAllContacts(db);
  return all
    .map(({ id, name, position, email, phones, local, updatedAt }) => ({ id, name, position, email, phones, local, updatedAt }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every store a local import writes, to show that nothing was written. */
async function everything() {
  return { chunks: await db.getAll('chunks'), views: await db.getAll('views'), imports: await db.getAll('imports') };
}

/** John Smith of the guide, already in the directory with another position and phone. */
const oldJohn = () =>
  makeContact({ id: 'john', name: 'John Smith', position: 'Old job', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] });

describe('importCsvLocally', () => {
  it("imports the users' guide example as two local contacts with E.164 phones, and answers like the server", async () => {
    const answer = await importCsvLocally(deps(), guide(), { onDuplicate: 'skip' });
    const at = iso(clock);
    const expected = {
      answer: { ok: true, importId: 'local-import-n1', dryRun: false, onDuplicate: 'skip', counts: { created: 2, updated: 0, duplicates: 0, rejected: 0, blank: 0 } },
      contacts: [
        { id: 'local-n2', name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }], local: true, updatedAt: at },
        {
          id: 'local-n3',
          name: 'Maria Beck',
          position: undefined,
          email: 'maria.beck@email.com',
          phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }, { type: 'other', number: '+15559999123', display: '+1 555 999 9123' }],
          local: true,
          updatedAt: at,
        },
      ],
      display: ['+1 555 123 4567', '+1 555 999 9123'],
      batches: [{ id: 'local-import-n1', at, file: 'exemple.csv', created: [{ id: 'local-n2', updatedAt: at }, { id: 'local-n3', updatedAt: at }], updated: [] }],
    };
    const { ok, importId, dryRun, onDuplicate, counts } = answer;
    const actual = {
      answer: { ok, importId, dryRun, onDuplicate, counts },
      contacts: await directory(),
      display: (await readAllContacts(db)).find((c) => c.name === 'Maria Beck')?.phones.map((phone) => phone.display),
      batches: await db.getAll('imports'),
    };
    expect(actual).toEqual(expected);
  });

  it('with onDuplicate "update" replaces the existing contact (same id) instead of adding one', async () => {
    await seed([oldJohn()]);
    const answer = await importCsvLocally(deps(), guide(), { onDuplicate: 'update' });
    const expected = {
      counts: { created: 1, updated: 1, duplicates: 0, rejected: 0, blank: 0 },
      john: [{ id: 'john', name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }], local: undefined, updatedAt: iso(clock) }],
      names: ['John Smith', 'Maria Beck'],
      before: [{ id: 'john', position: 'Old job' }],
    };
    const contacts = await directory();
    const batch = (await db.getAll('imports'))[0]!;
    const actual = {
      counts: answer.counts,
      john: contacts.filter((c) => c.name === 'John Smith'),
      names: contacts.map((c) => c.name),
      before: batch.updated.map(({ before }) => ({ id: before.id, position: before.position })),
    };
    expect(actual).toEqual(expected);
  });

  it('with onDuplicate "skip" leaves the existing contact as it is and reports the duplicate line', async () => {
    await seed([oldJohn()]);
    const johnBefore = (await directory()).filter((c) => c.name === 'John Smith');
    const answer = await importCsvLocally(deps(), guide(), { onDuplicate: 'skip' });
    const expected = {
      counts: { created: 1, updated: 0, duplicates: 1, rejected: 0, blank: 0 },
      duplicates: [{ line: 2, of: { id: 'john' } }],
      john: johnBefore,
      names: ['John Smith', 'Maria Beck'],
    };
    const contacts = await directory();
    const actual = {
      counts: answer.counts,
      duplicates: answer.duplicates.map(({ line, of }) => ({ line, of })),
      john: contacts.filter((c) => c.name === 'John Smith'),
      names: contacts.map((c) => c.name),
    };
    expect(actual).toEqual(expected);
  });

  it('writes nothing for a refused file and answers it with importId null', async () => {
    await seed([oldJohn()]);
    const before = await everything();
    const answer = await importCsvLocally(deps(), textFile('just,some,words\n1,2,3', 'contacts.csv'), { onDuplicate: 'update' });
    const expected = { ok: false, code: 'not-header', importId: null, stores: before };
    expect({ ok: answer.ok, code: answer.error?.code, importId: answer.importId, stores: await everything() }).toEqual(expected);
  });

  it('writes nothing on a dry run, yet reports what the import would do', async () => {
    await seed([oldJohn()]);
    const before = await everything();
    const answer = await importCsvLocally(deps(), guide(), { onDuplicate: 'update', dryRun: true });
    const expected = { dryRun: true, importId: null, counts: { created: 1, updated: 1, duplicates: 0, rejected: 0, blank: 0 }, stores: before };
    const actual = { dryRun: answer.dryRun, importId: answer.importId, counts: answer.counts, stores: await everything() };
    expect(actual).toEqual(expected);
  });

  it('applies the default country and the line limit it is given', async () => {
    const national = csvFile(['Anne Petit,,anne@acme.test,06 12 34 56 78,,']);
    const withCountry = await importCsvLocally(deps(), national, { onDuplicate: 'skip', defaultCountry: 'FR', dryRun: true });
    const withoutCountry = await importCsvLocally(deps(), national, { onDuplicate: 'skip', defaultCountry: '', dryRun: true });
    const tooMany = await importCsvLocally(deps(), guide(), { onDuplicate: 'skip', maxContacts: 1 });
    const expected = { withCountry: [[{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }]], withoutCountry: 1, tooMany: 'too-many-contacts', stored: 0 };
    const actual = {
      withCountry: withCountry.contacts.map((c) => c.phones),
      withoutCountry: withoutCountry.counts.rejected,
      tooMany: tooMany.error?.code,
      stored: (await readAllContacts(db)).length,
    };
    expect(actual).toEqual(expected);
  });
});

describe('undoLocalImport', () => {
  it('removes what the import created and restores what it updated, then refuses a second undo', async () => {
    await seed([oldJohn(), makeContact({ id: 'other', name: 'Other Person', email: 'other@acme.test' })]);
    const before = await directory();
    const { importId } = await importCsvLocally(deps(), guide(), { onDuplicate: 'update' });
    clock += 60_000;
    const answer = await undoLocalImport(deps(), importId!);
    const restoredJohn = before.find((c) => c.id === 'john')!;
    const expected = {
      undone: [
        { id: 'local-n2', deleted: true },
        { id: 'john', deleted: false },
      ],
      skipped: [],
      directory: before.map((c) => (c.id === 'john' ? { ...restoredJohn, updatedAt: iso(clock) } : c)),
      undoneAt: iso(clock),
      second: { name: 'LocalUndoError', status: 409, code: 'already-undone' },
    };
    const second = await undoLocalImport(deps(), importId!).catch((error: LocalUndoError) => error);
    const actual = {
      undone: answer.undone.map(({ id, deleted }) => ({ id, deleted })),
      skipped: answer.skipped,
      directory: await directory(),
      undoneAt: (await db.get('imports', importId!))?.undoneAt,
      second: second instanceof LocalUndoError ? { name: second.name, status: second.status, code: second.code } : second,
    };
    expect(actual).toEqual(expected);
  });

  it('answers the restored contact as the API shows it, without the extension-only fields', async () => {
    await seed([oldJohn()]);
    const { importId } = await importCsvLocally(deps(), guide(), { onDuplicate: 'update' });
    const answer = await undoLocalImport(deps(), importId!);
    const expected = [{ ...oldJohn(), updatedAt: iso(clock) }];
    expect(answer.undone.filter((c) => !c.deleted)).toEqual(expected);
  });

  it('leaves alone, and lists, the contacts edited or deleted since the import', async () => {
    await seed([oldJohn()]);
    const { importId } = await importCsvLocally(deps(), guide(), { onDuplicate: 'update' });
    const maria = (await directory()).find((c) => c.name === 'Maria Beck')!;
    clock += 1_000;
    await enqueue({ ...deps(), localOnly: true }, { op: 'update', contactId: 'john', baseVersion: 1, input: { name: 'John Smith', position: 'Edited after', phones: [] } });
    await enqueue({ ...deps(), localOnly: true }, { op: 'delete', contactId: maria.id, baseVersion: 0 });
    const nothing = await undoLocalImport(deps(), importId!).catch((error: LocalUndoError) => error);
    const expected = {
      error: { code: 'nothing-to-undo', skipped: [{ id: maria.id, reason: 'deleted-since' }, { id: 'john', reason: 'changed-since' }] },
      john: 'Edited after',
      undoneAt: undefined,
    };
    const actual = {
      error: nothing instanceof LocalUndoError ? { code: nothing.code, skipped: nothing.skipped } : nothing,
      john: (await directory()).find((c) => c.id === 'john')?.position,
      undoneAt: (await db.get('imports', importId!))?.undoneAt,
    };
    expect(actual).toEqual(expected);
  });

  it('undoes the unchanged contacts of a batch and skips the one edited since', async () => {
    const { importId } = await importCsvLocally(deps(), guide(), { onDuplicate: 'skip' });
    const john = (await directory()).find((c) => c.name === 'John Smith')!;
    clock += 1_000;
    await enqueue({ ...deps(), localOnly: true }, { op: 'update', contactId: john.id, baseVersion: 0, input: { name: 'John Smith', position: 'Edited', phones: [] } });
    const answer = await undoLocalImport(deps(), importId!);
    const expected = { undone: ['local-n3'], skipped: [{ id: john.id, reason: 'changed-since' }], names: ['John Smith'] };
    const actual = { undone: answer.undone.map((c) => c.id), skipped: answer.skipped, names: (await directory()).map((c) => c.name) };
    expect(actual).toEqual(expected);
  });

  it(`keeps the newest ${KEPT_BATCHES} imports to undo and forgets older ones`, async () => {
    const importIds: (string | null)[] = [];
    for (let i = 0; i <= KEPT_BATCHES; i += 1) {
      clock += 1000;
      importIds.push((await importCsvLocally(deps(), textFile(`${HEADER}\nPerson ${i},,person${i}@acme.test,,,`, `p${i}.csv`), { onDuplicate: 'skip' })).importId);
    }
    const kept = (await db.getAll('imports')).map((batch) => batch.id).sort();
    expect(kept).toEqual(importIds.slice(1).sort());
  });

  it('refuses an import id this browser does not know', async () => {
    const actual = await undoLocalImport(deps(), 'local-import-nope').catch((error: LocalUndoError) => ({ status: error.status, code: error.code }));
    expect(actual).toEqual({ status: 404, code: 'not-found' });
  });

  // How long this takes is a figure of `npm run bench:e2e` (issue 9 §3), not a test's concern.
  it('imports 1,000 lines into a directory of 5,000 and undoes them', async () => {
    await seed(generateContacts(5_000));
    const file = { name: 'big.csv', bytes: new TextEncoder().encode(generateCsv(1_000)) };
    const { importId, counts } = await importCsvLocally(deps(), file, { onDuplicate: 'update' });
    const afterImport = (await readAllContacts(db)).length;
    const undo = await undoLocalImport(deps(), importId!);
    const expected = { created: 1_000, afterImport: 6_000, undone: 1_000, afterUndo: 5_000 };
    const actual = {
      created: counts.created,
      afterImport,
      undone: undo.undone.length,
      afterUndo: (await readAllContacts(db)).length,
    };
    expect(actual).toEqual(expected);
  });
});

describe('openContactsDb upgrade from version 1', () => {
  it('keeps the contacts and outbox, adds the imports store and moves each phone display form into its phone', async () => {
    const name = `upgrade-${Math.random()}`;
    // Version 1 exactly as it shipped (extension/storage/db.ts, step 1).
    const v1 = await openDB(name, 1, {
      upgrade(old) {
        old.createObjectStore('chunks', { keyPath: 'id' });
        old.createObjectStore('views');
        old.createObjectStore('sync');
        old.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        old.createObjectStore('conflicts', { keyPath: 'id', autoIncrement: true });
      },
    });
    // Before version 3 (issue 9) the display forms sat in an array beside the phones.
    const stored = toStoredContact(makeContact({ id: 'kept', name: 'Kept Contact' }));
    const { phones, ...rest } = stored;
    const old = { ...rest, phones: [...phones, makePhone('+15551234567', 'other')].map(({ type, number }) => ({ type, number })), display: ['+44 20 7123 4567'] };
    await v1.put('chunks', { id: 0, contacts: [old] });
    await v1.put('views', { generation: 1, contacts: [old] }, 'first-screen');
    await v1.add('outbox', { op: 'delete', idempotencyKey: 'k', contactId: 'x', enqueuedAt: 1, attempts: 0, nextAttemptAt: 0 });
    v1.close();
    const v2 = await openContactsDb(name);
    const first = (await v2.get('views', 'first-screen'))?.contacts;
    const actual = { version: v2.version, stores: [...v2.objectStoreNames].sort(), contacts: await readAllContacts(v2), first, outbox: await v2.count('outbox') };
    v2.close();
    // The second phone had no display form stored (a contact older than the array): it shows its number.
    const upgradedFields = { ...stored, phones: [...phones, { type: 'other' as const, number: '+15551234567', display: '+15551234567' }] };
    // Version 4 (issue 14) rebuilt the search key from the contact: it now holds the second phone's digits too.
    const upgraded = { ...upgradedFields, key: buildSearchKey(upgradedFields) };
    const expected = { version: 5, stores: ['chunks', 'conflicts', 'imports', 'marks', 'outbox', 'sync', 'views'], contacts: [upgraded], first: [upgradedFields], outbox: 1 };
    expect(actual).toEqual(expected);
  });
});
