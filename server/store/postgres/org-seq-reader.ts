/**
 * Organisations' change counters (`organisations.seq`), read for the feed's page cache (issue 10): one query answers
 * every request waiting at that moment, whatever its organisation, so a busy server pays one round trip for many
 * requests instead of one each.
 *
 * A request never rides on a query that was already on its way when it arrived: that query's snapshot could predate
 * a commit the client has already seen answered (by this instance or another one). It waits for the next query,
 * which starts as soon as the one in flight returns. So the counter a request gets reflects every commit that had
 * finished when it asked: read-after-write holds across instances.
 *
 * `organisations` has no row-level security (a token is found before its organisation is known), so the query runs on
 * the pool outside any organisation's transaction.
 */
import type pg from 'pg';

interface Waiter {
  orgId: string;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

export function orgSeqReader(pool: pg.Pool): (orgId: string) => Promise<number> {
  let waiting: Waiter[] = [];
  let inFlight = false;

  const run = async () => {
    inFlight = true;
    const batch = waiting;
    waiting = [];
    try {
      const ids = [...new Set(batch.map((waiter) => waiter.orgId))];
      const result = await pool.query<{ id: string; seq: string }>({
        name: 'organisation-seqs',
        text: 'SELECT id, seq FROM organisations WHERE id = ANY($1::text[])',
        values: [ids],
      });
      const seqs = new Map(result.rows.map((row) => [row.id, Number(row.seq)]));
      // An organisation that is not there (never, for ids that come from a token) gets -1: a stamp like any other.
      for (const waiter of batch) waiter.resolve(seqs.get(waiter.orgId) ?? -1);
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    } finally {
      inFlight = false;
      if (waiting.length > 0) void run();
    }
  };

  return (orgId) =>
    new Promise<number>((resolve, reject) => {
      waiting.push({ orgId, resolve, reject });
      if (!inFlight) void run();
    });
}
