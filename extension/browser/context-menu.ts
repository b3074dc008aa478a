/**
 * "Add selection as contact" (issue 5): a context-menu item on selected text, shown to admins and in local mode.
 * Its handler reads the selection, finds a name, position, email and phones in it, and opens the options page's
 * add form filled in (`options.html#add?…`); nothing is saved until the admin saves.
 */
import { i18n } from '#i18n';
import type { Browser } from 'wxt/browser';
import { addFormHash } from '../../lib/contact/contact-form-values';
import { parseSelection } from '../../lib/selection/parse-selection';
import { mayAddContacts } from '../../lib/settings/may-add-contacts';
import type { Settings } from '../../lib/settings/settings';
import { loadSettings } from '../storage/settings-storage';

export const ADD_SELECTION_MENU = 'add-selection';

let updating: Promise<void> = Promise.resolve();

/**
 * Creates or removes the menu item for these settings. Calls run one after the other: two overlapping ones would
 * both remove, then both create the same id.
 */
export function updateAddSelectionMenu(settings: Settings): Promise<void> {
  updating = updating.then(async () => {
    await browser.contextMenus.removeAll();
    if (!mayAddContacts(settings)) return;
    browser.contextMenus.create({ id: ADD_SELECTION_MENU, title: i18n.t('addSelectionMenu'), contexts: ['selection'] });
  });
  return updating;
}

/**
 * The page's selection with its line breaks, run in the page (so it uses nothing but the page's globals). Text
 * selected in a text area or text field is not in `getSelection()` (it reads '' there): its value is sliced instead,
 * which keeps the lines of a signature pasted into a mail being written (issue 9, defect 10).
 */
export function readPageSelection(): string {
  const active = globalThis.document?.activeElement as { value?: unknown; selectionStart?: unknown; selectionEnd?: unknown } | null | undefined;
  if (active && typeof active.value === 'string' && typeof active.selectionStart === 'number' && typeof active.selectionEnd === 'number') {
    if (active.selectionEnd > active.selectionStart) return active.value.slice(active.selectionStart, active.selectionEnd);
  }
  return globalThis.getSelection?.()?.toString() ?? '';
}

/**
 * The selection with its line breaks. Chrome's `info.selectionText` turns them into spaces, which loses the
 * "first line is the name" structure, so the page's own selection is read when the click's activeTab grant allows
 * it; `selectionText` is the fallback (restricted pages, PDF viewer, no tab).
 */
async function selectionText(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<string> {
  const fallback = info.selectionText ?? '';
  if (tab?.id === undefined) return fallback;
  try {
    const frameIds = info.frameId === undefined ? undefined : [info.frameId];
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id, ...(frameIds ? { frameIds } : {}) },
      func: readPageSelection,
    });
    const text = typeof result?.result === 'string' ? result.result : '';
    return text.trim() === '' ? fallback : text;
  } catch {
    return fallback;
  }
}

/** The menu's click handler: opens the add form filled from the selection. */
export async function addSelectionAsContact(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (info.menuItemId !== ADD_SELECTION_MENU) return;
  const settings = await loadSettings();
  if (!mayAddContacts(settings)) return;
  const draft = parseSelection(await selectionText(info, tab), { defaultCountry: settings.defaultCountry || undefined });
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') + addFormHash(draft) });
}
