import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { footerText } from '../../../components/popup/sync-footer';
import type { SyncState } from '../../../extension/storage/db';
import { useLocaleMessages } from '../../fixtures/fake-i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocaleMessages('en');
});

const NOW = Date.parse('2026-11-25T12:00:00Z');
const state = (overrides: Partial<SyncState>): SyncState => ({ serverUrl: 'http://h', cursor: '', lastSuccessAt: null, lastAttemptAt: null, lastError: null, ...overrides });

describe('footerText', () => {
  it('says how long ago the copy was synced, or that it is offline or failed', () => {
    const actual = [
      footerText(state({ lastSuccessAt: NOW - 2 * 60_000 }), false, false, NOW),
      footerText(state({ lastSuccessAt: NOW - 10_000 }), false, false, NOW),
      footerText(state({ lastSuccessAt: NOW - 3 * 3_600_000, lastError: { code: 'offline', message: 'x', at: NOW } }), false, false, NOW).failed,
      footerText(state({ lastError: { code: 'unauthorized', message: 'Unknown token', at: NOW } }), false, false, NOW),
      footerText(null, true, false, NOW),
      footerText(state({ lastSuccessAt: NOW - 3 * 86_400_000 }), false, false, NOW).text,
    ];
    const expected = [
      { text: 'Synced 2 min ago', failed: false },
      { text: 'Synced just now', failed: false },
      true,
      { text: 'Sync failed: Unknown token', failed: true },
      { text: 'Local mode — contacts are kept in this browser only.', failed: false },
      'Synced 3 days ago',
    ];
    expect(actual).toEqual(expected);
  });
});
