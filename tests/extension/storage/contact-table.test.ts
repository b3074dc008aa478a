import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_SIZE, deleteContact, FIRST_SCREEN, loadTable, putContact, readAllContacts, readFirstScreen, saveTable } from '../../../extension/storage/contact-table';
import { openContactsDb, type ContactsDb, type StoredContact } from '../../../extension/storage/db';
import { toStoredContact } from '../../../extension/storage/stored-contact';
import { seeded } from '../../fixtures/generate-contacts';
import { makeContact } from '../../fixtures/contacts';

let db: ContactsDb;
let name: string;
beforeEach(async () => {
  name = `table-test-${Math.random()}`;
  db = await openContactsDb(name);
});
afterEach(() => db.close());

async function change(run: (table: Awaited<ReturnType<typeof loadTable>>) => void, on = db) {
  const tx = on.transaction(['chunks', 'views'], 'readwrite');
  const table = await loadTable(tx.objectStore('chunks'), tx.objectStore('views'));
  run(table);
  await saveTable(tx.objectStore('chunks'), tx.objectStore('views'), table);
  await tx.done;
}

describe('the chunked contact table', () => {
  it('fills chunks of CHUNK_SIZE, replaces a contact in place, and drops a chunk once emptied', async () => {
    const contacts = Array.from({ length: CHUNK_SIZE + 2 }, (_, n) => toStoredContact(makeContact({ name: `N${n}` })));
    await change((table) => contacts.forEach((contact) => putContact(table, contact)));
    const sizesAfterAdd = (await db.getAll('chunks')).map((chunk) => chunk.contacts.length);
    await change((table) => {
      // Same search key (sort `n0`): only the name shown changes.
      putContact(table, { ...contacts[0]!, name: 'Renamed' });
      deleteContact(table, contacts[CHUNK_SIZE]!.id);
      deleteContact(table, contacts[CHUNK_SIZE + 1]!.id);
    });
    const all = await readAllContacts(db);
    const firstScreen = (await readFirstScreen(db)).map((contact) => contact.name);
    const expected = { sizesAfterAdd: [CHUNK_SIZE, 2], chunks: 1, count: CHUNK_SIZE, first: 'Renamed', firstScreen: ['Renamed', 'N1', 'N10', 'N100', 'N101', 'N102', 'N103', 'N104', 'N105', 'N106', 'N107', 'N108'] };
    const actual = { sizesAfterAdd, chunks: await db.count('chunks'), count: all.length, first: all[0]!.name, firstScreen };
    expect(actual).toEqual(expected);
  });

  it('keeps the first screen the first contacts alphabetically through additions, renames and deletions', async () => {
    const random = seeded(11);
    const name = () => Array.from({ length: 3 }, () => 'abcdefghij'[Math.floor(random() * 10)]).join('');
    let live: StoredContact[] = [];
    const screens: { expected: string[]; actual: string[] }[] = [];
    for (let round = 0; round < 12; round += 1) {
      await change((table) => {
        for (let n = 0; n < 150; n += 1) {
          const roll = random();
          const at = Math.floor(random() * live.length);
          if (roll < 0.6 || live.length === 0) {
            const added = toStoredContact(makeContact({ name: name() }));
            live.push(added);
            putContact(table, added);
          } else if (roll < 0.8) {
            const renamed = toStoredContact({ ...live[at]!, name: name() });
            live[at] = renamed;
            putContact(table, renamed);
          } else {
            deleteContact(table, live[at]!.id);
            live = live.filter((_, index) => index !== at);
          }
        }
      });
      const expected = live.map((contact) => contact.key.sort).sort().slice(0, FIRST_SCREEN);
      screens.push({ expected, actual: (await readFirstScreen(db)).map((contact) => contact.key.sort) });
    }
    expect(screens.map((screen) => screen.actual)).toEqual(screens.map((screen) => screen.expected));
  });

  it('does not reuse its cached copy after another connection changed the contacts', async () => {
    const [a, b] = ['A', 'B'].map((n) => toStoredContact(makeContact({ name: n })));
    const other = await openContactsDb(name);
    await change((table) => putContact(table, a!));
    await change((table) => putContact(table, b!), other);
    await change((table) => putContact(table, { ...a!, position: 'Changed' }));
    other.close();
    const actual = (await readAllContacts(db)).map((c) => [c.name, c.position]).sort();
    expect(actual).toEqual([['A', 'Changed'], ['B', 'Engineer']]);
  });
});
