/**
 * The coalesced read of organisations' counters behind the PostgreSQL feed cache: one query for every request waiting
 * at that moment, and never an answer from a query that was already on its way when the request came in.
 */
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { orgSeqReader } from '../../../server/store/postgres/org-seq-reader';

/** A pool whose queries wait until the test answers them, with the seqs as they were when the query was sent. */
function fakePool() {
  const seqs = new Map<string, number>();
  const pending: { ids: string[]; answer: () => void; fail: (error: Error) => void }[] = [];
  const pool = {
    query: (statement: { values: [string[]] }) =>
      new Promise((resolve, reject) => {
        const ids = statement.values[0];
        // The query's snapshot: the seqs as they are when it is sent.
        const snapshot = new Map(seqs);
        pending.push({
          ids,
          answer: () => resolve({ rows: ids.filter((id) => snapshot.has(id)).map((id) => ({ id, seq: String(snapshot.get(id)) })) }),
          fail: reject,
        });
      }),
  } as unknown as pg.Pool;
  return { pool, seqs, pending };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('orgSeqReader', () => {
  it('answers every request waiting at once with one query, each with its own organisation', async () => {
    const { pool, seqs, pending } = fakePool();
    seqs.set('a', 3).set('b', 9);
    const read = orgSeqReader(pool);
    const answers = Promise.all([read('a'), read('b'), read('a')]);
    // The first call starts a query at once; the other two wait for the next one, which asks for both ids once.
    await settle();
    pending[0]!.answer();
    await settle();
    pending[1]!.answer();
    expect({ answers: await answers, queries: pending.map((query) => query.ids) }).toEqual({ answers: [3, 9, 3], queries: [['a'], ['b', 'a']] });
  });

  it('never answers a request with a query sent before it arrived (a commit in between would be missed)', async () => {
    const { pool, seqs, pending } = fakePool();
    seqs.set('a', 1);
    const read = orgSeqReader(pool);
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
    const { pool, seqs, pending } = fakePool();
    seqs.set('a', 5);
    const read = orgSeqReader(pool);
    const failed = read('a');
    await settle();
    const next = read('a');
    pending[0]!.fail(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    await settle();
    pending[1]!.answer();
    expect(await next).toBe(5);
  });

  it('answers -1 for an organisation that does not exist', async () => {
    const { pool, pending } = fakePool();
    const answer = orgSeqReader(pool)('gone');
    await settle();
    pending[0]!.answer();
    expect(await answer).toBe(-1);
  });
});
