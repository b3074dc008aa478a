import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackgroundError, sendToBackground } from '../../../extension/browser/messages';

beforeEach(() => fakeBrowser.reset());

describe('sendToBackground', () => {
  it("resolves with the worker's answer, and rejects with BackgroundError when the worker answers a failure", async () => {
    const answers: unknown[] = [{ status: 'saved' }, { error: 'Error: the database is closed' }];
    fakeBrowser.runtime.onMessage.addListener(async () => answers.shift());
    const saved = await sendToBackground('save', { op: 'delete', contactId: 'c1', baseVersion: 1 });
    const failed = await sendToBackground('save', { op: 'delete', contactId: 'c1', baseVersion: 1 }).catch((error: unknown) => error);
    const actual = { saved, failed: [failed instanceof BackgroundError, (failed as Error).message] };
    expect(actual).toEqual({ saved: { status: 'saved' }, failed: [true, 'Error: the database is closed'] });
  });
});
