import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllContacts } from '../../../extension/storage/contact-table';
import { openContactsDb, readSyncState, type ContactsDb } from '../../../extension/storage/db';
import { backoffMs, enqueue } from '../../../extension/storage/outbox';
import { toStoredContact } from '../../../extension/storage/stored-contact';
import { makeContact } from '../../fixtures/contacts';

let db: ContactsDb;
let ids = 0;
beforeEach(async () => {
  db = await openContactsDb(`db-test-${Math.random()}`);
});
afterEach(() => db.close());

const deps = () => ({ db, now: () => 1_000, newId: () => `n${++ids}` });

describe('openContactsDb', () => {
  it('creates the contact chunks, views, sync, outbox, conflicts, imports and marks stores, and starts with an empty sync state', async () => {
    const expected = { stores: ['chunks', 'conflicts', 'imports', 'marks', 'outbox', 'sync', 'views'], state: { serverUrl: '', cursor: '', lastSuccessAt: null, lastAttemptAt: null, lastError: null } };
    expect({ stores: [...db.objectStoreNames].sort(), state: await readSyncState(db) }).toEqual(expected);
  });
});

describe('openContactsDb upgrade from version 3', () => {
  it('rebuilds every stored search key, so it knows where the email local part ends (issue 14)', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    // Version 3 as it shipped: the stores of steps 1 and 2, contacts whose keys have no `emailLocal`.
    const v3 = await openDB(name, 3, {
      upgrade(old) {
        for (const store of ['views', 'sync']) old.createObjectStore(store);
        old.createObjectStore('chunks', { keyPath: 'id' });
        old.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
        old.createObjectStore('conflicts', { keyPath: 'id', autoIncrement: true });
        old.createObjectStore('imports', { keyPath: 'id' });
      },
    });
    const stored = toStoredContact(makeContact({ name: 'Yan Liu', email: 'yan.liu5@corp.test' }));
    const { emailLocal: _dropped, ...oldKey } = stored.key;
    await v3.put('chunks', { id: 0, contacts: [{ ...stored, key: oldKey }] });
    v3.close();
    const v4 = await openContactsDb(name);
    const actual = { version: v4.version, contacts: await readAllContacts(v4) };
    v4.close();
    expect(actual).toEqual({ version: 5, contacts: [stored] });
  });
});

describe('enqueue', () => {
  it('stores the write in order with its own idempotency key and shows the contact locally at once', async () => {
    const created = await enqueue(deps(), { op: 'create', input: { name: 'Zoé Martin', email: 'zoe@acme.test', phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }] } });
    await enqueue(deps(), { op: 'delete', contactId: 'server-1', baseVersion: 3 });
    const outbox = (await db.getAll('outbox')).map((entry) => [entry.seq, entry.op, entry.contactId, entry.idempotencyKey]);
    const local = (await readAllContacts(db)).find((c) => c.id === created.contactId);
    const expected = {
      outbox: [[1, 'create', created.contactId, created.idempotencyKey], [2, 'delete', 'server-1', expect.any(String)]],
      keysDiffer: true,
      local: { name: 'Zoé Martin', display: ['+33 6 12 34 56 78'], sort: 'zoe martin', local: true },
    };
    const actual = {
      outbox,
      keysDiffer: outbox[0]![3] !== outbox[1]![3],
      local: { name: local?.name, display: local?.phones.map((phone) => phone.display), sort: local?.key.sort, local: local?.local },
    };
    expect(actual).toEqual(expected);
  });

  it('in local mode changes the local directory only, with nothing to send', async () => {
    const created = await enqueue({ ...deps(), localOnly: true }, { op: 'create', input: { name: 'Ada', phones: [] } });
    const actual = { outbox: await db.count('outbox'), names: (await readAllContacts(db)).map((c) => c.name), seq: created.seq };
    expect(actual).toEqual({ outbox: 0, names: ['Ada'], seq: undefined });
  });
});

describe('backoffMs', () => {
  it('doubles from 2 s up to 5 min, with jitter between half and one and a half of the step', () => {
    const expected = [1_000, 3_000, 4_000, 150_000, 450_000];
    const actual = [backoffMs(1, () => 0), backoffMs(1, () => 1), backoffMs(2, () => 0.5), backoffMs(20, () => 0), backoffMs(20, () => 1)];
    expect(actual).toEqual(expected);
  });
});
