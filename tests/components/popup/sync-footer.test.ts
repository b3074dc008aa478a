import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { footerText } from '../../../components/popup/sync-footer';
import type { SyncState } from '../../../extension/storage/db';

/** fakeBrowser has no i18n: answer from locales/en.yml (simple `key: text` lines), with $1, $2 substitutions. */
const english = Object.fromEntries(
  fs
    .readFileSync('locales/en.yml', 'utf8')
    .split('\n')
    .filter((line) => line.includes(': '))
    .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2).replace(/^"(.*)"$/, '$1')]),
);

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) =>
    (english[name] ?? '').replace(/\$(\d)/g, (_: string, n: string) => [substitutions ?? []].flat()[Number(n) - 1] ?? '');
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
    ];
    const expected = [
      { text: 'Synced 2 min ago', failed: false },
      { text: 'Synced just now', failed: false },
      true,
      { text: 'Sync failed: Unknown token', failed: true },
      { text: 'Local mode — contacts are kept in this browser only.', failed: false },
    ];
    expect(actual).toEqual(expected);
  });
});
