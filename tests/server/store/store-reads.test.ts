/** The reads the CardDAV address book adds to the store (issue 12), on both stores. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store';
import type { Store } from '../../../server/store/store';
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
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    store = await openStore(database.db, { now });
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('gives 0 as the last seq of an empty directory, then the seq of the latest change', async () => {
    const empty = await store.lastSeq();
    await store.transaction(async (tx) => {
      await tx.putContact(contact('1'));
      await tx.putContact(contact('2'));
    });
    await store.transaction(async (tx) => {
      await tx.putContact({ ...contact('1'), version: 2, deleted: true });
    });
    const { lastSeq: feedEnd } = await store.changesJson(0, 100);
    expect([empty, await store.lastSeq()]).toEqual([0, feedEnd]);
    expect(feedEnd).toBeGreaterThan(0);
  });

  it('reads contacts by ids in one call, tombstones included and unknown ids left out', async () => {
    await store.transaction(async (tx) => {
      for (const id of ['1', '2', '3']) await tx.putContact(contact(id));
      await tx.putContact({ ...contact('3'), version: 2, deleted: true });
    });
    const found = await store.getContacts(['3', 'nope', '1']);
    const actual = found.map((c) => [c.id, c.deleted]).sort();
    expect(actual).toEqual([['1', false], ['3', true]]);
    expect(await store.getContacts([])).toEqual([]);
  });
});
