/**
 * The change stamps behind the feed cache, read once for every request waiting at that moment, and never for a request
 * from a read that was already on its way when it arrived.
 */
import { describe, expect, it } from 'vitest';
import { batchedStamps } from '../../../server/store/change-stamps';

/** A store whose reads wait until the test answers them, with the stamps as they were when the read was sent. */
function fakeStore() {
  const seqs = new Map<string, number>();
  const pending: { ids: readonly string[]; answer: () => void; fail: (error: Error) => void }[] = [];
  const read = (ids: readonly string[]) =>
    new Promise<ReadonlyMap<string, number>>((resolve, reject) => {
      // The read's snapshot: the stamps as they are when it is sent.
      const snapshot = new Map(seqs);
      pending.push({ ids, answer: () => resolve(new Map(ids.filter((id) => snapshot.has(id)).map((id) => [id, snapshot.get(id)!]))), fail: reject });
    });
  return { read, seqs, pending };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('batchedStamps', () => {
  it('answers every request of one turn with one query, and those arriving meanwhile with the next one', async () => {
    const { read: readStamps, seqs, pending } = fakeStore();
    seqs.set('a', 3).set('b', 9);
    const read = batchedStamps(readStamps);
    const answers = Promise.all([read('a'), read('b'), read('a')]);
    await settle();
    const later = Promise.all([read('b'), read('c')]);
    pending[0]!.answer();
    await settle();
    pending[1]!.answer();
    expect({ answers: await answers, later: await later, queries: pending.map((query) => query.ids) }).toEqual({
      answers: [3, 9, 3],
      later: [9, -1],
      queries: [['a', 'b'], ['b', 'c']],
    });
  });

  it('never answers a request with a query sent before it arrived (a commit in between would be missed)', async () => {
    const { read: readStamps, seqs, pending } = fakeStore();
    seqs.set('a', 1);
    const read = batchedStamps(readStamps);
    const before = read('a');
    await settle();
    // A write commits while the first query is in flight (its snapshot may predate it); then a request comes in.
    seqs.set('a', 2);
    const after = read('a');
    pending[0]!.answer();
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]!.answer();
    expect([await before, await after]).toEqual([1, 2]);
  });

  it('fails the requests of a failed query, and carries on with the next ones', async () => {
    const { read: readStamps, seqs, pending } = fakeStore();
    seqs.set('a', 5);
    const read = batchedStamps(readStamps);
    const failed = read('a');
    await settle();
    const next = read('a');
    pending[0]!.fail(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    await settle();
    pending[1]!.answer();
    expect(await next).toBe(5);
  });

});
