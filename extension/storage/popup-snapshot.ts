/**
 * The popup's last first screen, kept in the extension's localStorage: the only file that touches it. localStorage
 * reads synchronously, so the next popup paints its rows in its very first render instead of waiting ~20–40 ms for
 * browser.storage and IndexedDB (issue 4: popup open → first results ≤ 100 ms); the fresh copy replaces it a moment
 * later. The token is never written here: the popup needs only the settings that shape its rows and links.
 */
import type { Settings } from '../../lib/settings/settings';
import { readFirstScreen } from './contact-table';
import type { ContactsDb, StoredContact } from './db';

const KEY = 'popup-snapshot';
/** 2: phones carry their display form (issue 9); a snapshot of version 1 is dropped. */
const VERSION = 2;

interface PopupSnapshot {
  settings: Settings;
  contacts: StoredContact[];
}

/** The snapshot the last popup left, or null (none yet, another version, unreadable). Never throws. */
export function readPopupSnapshot(): PopupSnapshot | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as (PopupSnapshot & { version: number }) | null;
    if (stored?.version !== VERSION || !Array.isArray(stored.contacts)) return null;
    return { settings: stored.settings, contacts: stored.contacts };
  } catch {
    return null;
  }
}

/** Keeps what this popup shows first, for the next one. */
export function writePopupSnapshot(settings: Settings, contacts: readonly StoredContact[]) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ version: VERSION, settings: { ...settings, token: '' }, contacts }));
  } catch {
    // Storage full or disabled: the next popup reads IndexedDB as before.
  }
}

/**
 * Writes the snapshot from the stored first screen, for a page other than the popup: the options page does it after
 * the first sync of a new connection, so even the first popup opened afterwards paints at once.
 */
export async function refreshPopupSnapshot(db: ContactsDb, settings: Settings) {
  writePopupSnapshot(settings, await readFirstScreen(db));
}
