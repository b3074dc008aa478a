/**
 * What the store promises a transaction, on both stores: duplicate look-ups see the transaction's own writes and
 * every committed write of any instance, and nothing of a transaction that rolled back.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID, type Store } from '../../../server/store/store';
import { createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

const now = () => '2026-01-01T00:00:00.000Z';
const contact = (id: string, email: string, version = 1) => ({
  id,
  version,
  updatedAt: now(),
  name: `Person ${id}`,
  email,
  phones: [{ type: 'work' as const, number: `+4930100000${id}`, display: `+49 30 100000${id}` }],
});

describeStores('a store transaction', (kind) => {
  let database: TestDatabase;
  let stores: Store[];
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    stores = [await openStore(database.db, { now }), await openStore(database.db, { now })];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    await database.drop();
  });

  const found = (store: Store, email: string, number: string) =>
    store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => ({ byEmail: tx.lookup().findByEmail(email)?.id ?? null, byPhone: tx.lookup().findByPhone(number).map((c) => c.id) }));

  it('looks up its own writes, and nothing of a transaction that rolled back', async () => {
    const [store] = stores as [Store, Store];
    const inside = await store.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      await tx.putContact(contact('1', 'ann@example.com'));
      return { byEmail: tx.lookup().findByEmail('ANN@example.com')?.id, byPhone: tx.lookup().findByPhone('+49301000001').map((c) => c.id) };
    });
    const failed = await store
      .forOrg(DEFAULT_ORGANISATION_ID)
      .transaction(async (tx) => {
        await tx.putContact(contact('2', 'bob@example.com'));
        await tx.putContact({ ...contact('1', 'ann.new@example.com', 2) });
        throw new Error('refused');
      })
      .catch((error: Error) => error.message);
    const actual = {
      inside,
      failed,
      bob: await found(store, 'bob@example.com', '+49301000002'),
      ann: await found(store, 'ann@example.com', '+49301000001'),
      annNew: await found(store, 'ann.new@example.com', '+49301000001'),
      feed: (JSON.parse((await store.forOrg(DEFAULT_ORGANISATION_ID).changesJson(0, 10)).json) as { id: string; version: number }[]).map((c) => `${c.id}@${c.version}`),
    };
    expect(actual).toEqual({
      inside: { byEmail: '1', byPhone: ['1'] },
      failed: 'refused',
      bob: { byEmail: null, byPhone: [] },
      ann: { byEmail: '1', byPhone: ['1'] },
      annNew: { byEmail: null, byPhone: ['1'] },
      feed: ['1@1'],
    });
  });

  it('looks up what another instance committed: new, changed and deleted contacts', async () => {
    const [one, two] = stores as [Store, Store];
    await one.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      await tx.putContact(contact('1', 'ann@example.com'));
      await tx.putContact(contact('2', 'bob@example.com'));
    });
    const before = await found(two, 'ann@example.com', '+49301000002');
    await one.forOrg(DEFAULT_ORGANISATION_ID).transaction(async (tx) => {
      await tx.putContact(contact('1', 'ann.new@example.com', 2));
      await tx.putContact({ ...contact('2', 'bob@example.com', 2), deleted: true });
      await tx.putContact(contact('3', 'cy@example.com'));
    });
    const actual = {
      before,
      oldEmail: await found(two, 'ann@example.com', '+49301000001'),
      newEmail: await found(two, 'ann.new@example.com', '+49301000003'),
      deleted: await found(two, 'bob@example.com', '+49301000002'),
    };
    expect(actual).toEqual({
      before: { byEmail: '1', byPhone: ['2'] },
      oldEmail: { byEmail: null, byPhone: ['1'] },
      newEmail: { byEmail: '1', byPhone: ['3'] },
      deleted: { byEmail: null, byPhone: [] },
    });
  });
});
