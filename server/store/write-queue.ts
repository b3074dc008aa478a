/**
 * Write transactions of one process, one after another (both stores: SQLite's single writer connection, and
 * PostgreSQL's one connection a process holds for writing). A transaction's failure reaches its own caller, through
 * the promise `run` returns, which answers it (a 409, a 422, a 500 the error handler logs); the queue itself only
 * waits for each transaction to settle, so a failed write neither blocks nor fails the writes queued behind it.
 */
export interface WriteQueue {
  /** Runs `work` once every transaction queued before it has settled; answers what `work` answers. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once every queued transaction has settled (before closing the store). */
  idle(): Promise<void>;
}

export function createWriteQueue(): WriteQueue {
  // Never rejects: it follows the settling of the last transaction, whose outcome belongs to that transaction's caller.
  let tail: Promise<void> = Promise.resolve();
  const settled = () => undefined;
  return {
    run(work) {
      const result = tail.then(work);
      tail = result.then(settled, settled);
      return result;
    },
    idle: () => tail,
  };
}
