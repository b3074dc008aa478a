import { describe, expect, it } from 'vitest';
import { stepIndex } from '../../../lib/page-phones/step-index';

describe('stepIndex', () => {
  it('starts at the first number going forward and at the last going back', () => {
    expect([stepIndex(-1, 12, 1), stepIndex(-1, 12, -1)]).toEqual([0, 11]);
  });

  it('moves one number forward or back', () => {
    expect([stepIndex(2, 12, 1), stepIndex(2, 12, -1)]).toEqual([3, 1]);
  });

  it('goes round at either end', () => {
    expect([stepIndex(11, 12, 1), stepIndex(0, 12, -1)]).toEqual([0, 11]);
  });

  it('restarts from an end when the number shown is gone from a shorter list', () => {
    expect([stepIndex(7, 3, 1), stepIndex(7, 3, -1)]).toEqual([0, 2]);
  });

  it('answers -1 for a page without numbers', () => {
    expect([stepIndex(-1, 0, 1), stepIndex(0, 0, -1)]).toEqual([-1, -1]);
  });
});
