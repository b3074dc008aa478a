import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../../server/store/write-queue';

describe('createWriteQueue', () => {
  it('runs work one after another, hands a failure to its own caller, and runs the work queued behind it', async () => {
    const queue = createWriteQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('first');
      return 1;
    });
    const failing = queue.run(async () => {
      order.push('second');
      throw new Error('refused');
    });
    const after = queue.run(async () => {
      order.push('third');
      return 3;
    });
    const outcomes = await Promise.allSettled([slow, failing, after]);
    await queue.idle();
    const actual = { order, outcomes: outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message)) };
    expect(actual).toEqual({ order: ['first', 'second', 'third'], outcomes: [1, 'refused', 3] });
  });
});
