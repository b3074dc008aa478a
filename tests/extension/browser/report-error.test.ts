import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, reportError } from '../../../extension/browser/report-error';

afterEach(() => vi.restoreAllMocks());

describe('reportError', () => {
  it('logs what failed and why, with the cause, and keeps the error for the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = new Error('the sync failed', { cause: new TypeError('Failed to fetch') });
    await Promise.reject(error).catch(reportError('the sync of the alarm'));
    const expected = [['Company Contacts: the sync of the alarm failed: Error: the sync failed (cause: TypeError: Failed to fetch)', error]];
    expect(warn.mock.calls).toEqual(expected);
  });
});

describe('describeError', () => {
  it('shows a thrown value that is not an Error as text', () => {
    expect([describeError('quota exceeded'), describeError(undefined)]).toEqual(['quota exceeded', 'undefined']);
  });
});
