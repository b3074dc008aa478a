import { addSelectionAsContact, updateAddSelectionMenu } from '../../extension/browser/context-menu';
import { requestSync, saveWrite, scheduleSync, syncOnInstallAndStartup } from '../../extension/sync/background-sync';
import type { Message, MessageName, Messages } from '../../extension/browser/messages';
import { loadSettings, watchSettings } from '../../extension/storage/settings-storage';

type Handlers = { [K in MessageName]: (data: Messages[K]['request']) => Promise<Messages[K]['response']> };

export default defineBackground(() => {
  syncOnInstallAndStartup();
  scheduleSync();

  // The menu follows the settings: shown in local mode and to admins (issue 5).
  void loadSettings().then(updateAddSelectionMenu);
  watchSettings((settings) => void updateAddSelectionMenu(settings));
  browser.contextMenus.onClicked.addListener((info, tab) => void addSelectionAsContact(info, tab));
  // The end-to-end test calls the handler as a click would (no automation can click a native context menu); only the
  // extension's own pages can reach the worker's global scope.
  Object.assign(globalThis, { addSelectionAsContact });

  const handlers: Handlers = {
    'sync-now': () => requestSync(),
    save: (write) => saveWrite(write),
  };

  // sendResponse + `return true` rather than a returned promise: older Chrome versions ignore returned promises.
  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    const handler = handlers[message.type] as ((data: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(message.data).then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
});
