/**
 * The only file that touches browser.storage (STYLE.md). Settings are kept in `storage.local` (the token is a
 * secret: it is not synced to other devices) under one key, as lib/settings.ts shapes and migrates them.
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
