/**
 * The change stamps behind the feed's page cache (`OrgStore.changeStamp`, server/directory/feed-page-cache.ts), read
 * once for every feed request waiting at that moment, whatever its organisation: SQLite's `PRAGMA data_version` costs
 * a WAL read lock (two fcntl and an fstat), PostgreSQL's organisation counters a round trip, and at thousands of
 * requests a second one read per turn of the event loop instead of one per request is most of the difference.
 *
 * A request never gets a stamp read before it arrived: that read could predate a commit the client has already seen
 * answered (by this process or another one), and a cached page would hide it. The first request of a quiet moment
 * schedules the read after the current turn's I/O (setImmediate), so every request read from a socket in that turn
 * joins it; requests arriving while a read is on its way (PostgreSQL) wait for the next one, which starts as soon as
 * that one returns. So the stamp a request gets reflects every commit finished before it arrived: read-after-write
 * holds, across processes and instances.
 */

/** Reads the stamps of these organisations now (an organisation missing from the answer gets -1). */
export type ReadStamps = (orgIds: readonly string[]) => ReadonlyMap<string, number> | Promise<ReadonlyMap<string, number>>;

interface Waiter {
  orgId: string;
  resolve: (stamp: number) => void;
  reject: (error: unknown) => void;
}

export function batchedStamps(read: ReadStamps): (orgId: string) => Promise<number> {
  let waiting: Waiter[] = [];
  let reading = false;

  const run = async () => {
    reading = true;
    const batch = waiting;
    waiting = [];
    try {
      const stamps = await read([...new Set(batch.map((waiter) => waiter.orgId))]);
      for (const waiter of batch) waiter.resolve(stamps.get(waiter.orgId) ?? -1);
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    } finally {
      reading = false;
      if (waiting.length > 0) void run();
    }
  };

  return (orgId) =>
    new Promise<number>((resolve, reject) => {
      waiting.push({ orgId, resolve, reject });
      if (waiting.length === 1 && !reading) setImmediate(() => reading || void run());
    });
}
