import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, watchSettings } from '../../../extension/storage/settings-storage';
import { defaults } from '../../../lib/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('starts with the defaults and keeps what is saved, migrating an unversioned value', async () => {
    const first = await loadSettings();
    await saveSettings({ serverUrl: 'http://127.0.0.1:8787/', token: 'abc', callMethod: 'callto' });
    const saved = await loadSettings();
    await fakeBrowser.storage.local.set({ settings: { serverUrl: 'https://h.example/api/v1', token: 't' } });
    const migrated = await loadSettings();
    const expected = {
      first: defaults,
      saved: { ...defaults, serverUrl: 'http://127.0.0.1:8787', token: 'abc', callMethod: 'callto' },
      migrated: { ...defaults, serverUrl: 'https://h.example', token: 't' },
    };
    expect({ first, saved, migrated }).toEqual(expected);
  });

  it('tells a watcher the new settings, checked, until it stops watching', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await saveSettings({ defaultCountry: 'FR' });
    await fakeBrowser.storage.local.set({ settings: { ...defaults, callMethod: 'fax', version: 1 } });
    stop();
    await saveSettings({ defaultCountry: 'DE' });
    expect(seen).toEqual([{ ...defaults, defaultCountry: 'FR' }, defaults]);
  });
});
