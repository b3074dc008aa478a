import { describe, expect, it } from 'vitest';
import { createSyncRunner } from '../../../extension/sync/sync-runner';

describe('createSyncRunner', () => {
  it('runs one sync at a time and folds requests made meanwhile into one next run', async () => {
    const log: string[] = [];
    let runs = 0;
    const request = createSyncRunner(async () => {
      const n = ++runs;
      log.push(`start ${n}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      log.push(`end ${n}`);
      return n;
    });
    const results = await Promise.all([request(), request(), request()]);
    expect({ log, results }).toEqual({ log: ['start 1', 'end 1', 'start 2', 'end 2'], results: [1, 2, 2] });
  });
});
