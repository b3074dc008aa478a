/**
 * The only file that touches browser.storage (STYLE.md). Settings are kept in `storage.local` (the token is a
 * secret: it is not synced to other devices) under one key, as lib/settings/settings.ts shapes and migrates them.
 *
 * Why not @wxt-dev/storage's versioned item (issue 9 asked; tried on 2026-12-02 with the same migrations and tests):
 * it worked, but put 3.1 KB gzip more JavaScript in the popup (16.8 → 19.9 KB of the 25 KB budget, for the
 * library's mutex, deep-equal and unused bulk API) and a second storage read (the version is a separate `settings$`
 * key) in every page's start, for no gain in what is stored or checked: the migrations stay ours either way, and
 * every read must still be checked (`sanitize`), which the library does not do. The popup's open → first rows goal
 * is the tightest of the product, so the smaller wrapper stays.
 */
import { migrateSettings, sanitize, SETTINGS_VERSION, type Settings } from '../../lib/settings/settings';

const KEY = 'settings';

/** The current settings, migrated from whatever an older version stored. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const { version: _version, ...settings } = migrateSettings(stored);
  return settings;
}

/** Merges `changes` into the stored settings (invalid values fall back to defaults) and returns the result. */
export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const settings = sanitize({ ...(await loadSettings()), ...changes });
  await browser.storage.local.set({ [KEY]: { ...settings, version: SETTINGS_VERSION } });
  return settings;
}

/** Calls `listener` with the new settings whenever they change (another page saved them). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const { version: _version, ...settings } = migrateSettings(changes[KEY]!.newValue);
    listener(settings);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
