/**
 * One sync at a time (issue 4 triggers it from install, startup, the alarm, the popup and local changes): a request
 * while a sync runs gets the next run, which starts as soon as the current one ends.
 */
export function createSyncRunner<T>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    current = run().finally(() => {
      current = null;
    });
    return current;
  };
  return () => {
    if (current === null) return start();
    // After the current run however it ends: its failure reaches its own callers, this request gets a fresh run.
    const startNext = () => {
      next = null;
      return start();
    };
    next ??= current.then(startNext, startNext);
    return next;
  };
}
