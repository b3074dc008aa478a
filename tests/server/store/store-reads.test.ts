/** The reads the CardDAV address book adds to the store (issue 12), per organisation (issue 10), on both stores. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID, type OrgStore, type Store } from '../../../server/store/store';
import { createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const contact = (id: string) => ({
  id,
  version: 1,
  updatedAt: now(),
  name: `Person ${id}`,
  phones: [{ type: 'work' as const, number: `+4930100000${id}`, display: `+49 30 100000${id}` }],
});

describeStores('the store reads of the CardDAV address book', (kind) => {
  let database: TestDatabase;
  let store: Store;
  let directory: OrgStore;
  let other: OrgStore;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await openStore(database.db, { now });
    directory = store.forOrg(DEFAULT_ORGANISATION_ID);
    await store.createOrganisation({ id: 'other-id', name: 'other', createdAt: now() });
    other = store.forOrg('other-id');
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('gives 0 as the last seq of an empty directory, then the seq of the latest change', async () => {
    const empty = await directory.lastSeq();
    await directory.transaction(async (tx) => {
      await tx.putContact(contact('1'));
      await tx.putContact(contact('2'));
    });
    await directory.transaction(async (tx) => {
      await tx.putContact({ ...contact('1'), version: 2, deleted: true });
    });
    const { lastSeq: feedEnd } = await directory.changesJson(0, 100);
    expect([empty, await directory.lastSeq()]).toEqual([0, feedEnd]);
    expect(feedEnd).toBeGreaterThan(0);
  });

  it("counts the last seq per organisation: another organisation's writes do not move it", async () => {
    await directory.transaction(async (tx) => {
      for (const id of ['1', '2', '3']) await tx.putContact(contact(id));
    });
    await other.transaction(async (tx) => {
      await tx.putContact(contact('9'));
    });
    expect([await directory.lastSeq(), await other.lastSeq()]).toEqual([3, 1]);
  });

  it('reads contacts by ids in one call, tombstones included and unknown ids left out', async () => {
    await directory.transaction(async (tx) => {
      for (const id of ['1', '2', '3']) await tx.putContact(contact(id));
      await tx.putContact({ ...contact('3'), version: 2, deleted: true });
    });
    const found = await directory.getContacts(['3', 'nope', '1']);
    const actual = found.map((c) => [c.id, c.deleted]).sort();
    expect(actual).toEqual([['1', false], ['3', true]]);
    expect(await directory.getContacts([])).toEqual([]);
  });

  it("never reads another organisation's contacts by id, even one holding the same id", async () => {
    await directory.transaction(async (tx) => {
      await tx.putContact(contact('1'));
    });
    await other.transaction(async (tx) => {
      await tx.putContact({ ...contact('1'), name: 'Other 1' });
      await tx.putContact(contact('2'));
    });
    const found = await directory.getContacts(['1', '2']);
    expect(found.map((c) => [c.id, c.name])).toEqual([['1', 'Person 1']]);
  });
});
