import { enqueueWrite, requestSync, scheduleSync, syncOnInstallAndStartup } from '../../extension/background-sync';
import type { Message, MessageName, Messages } from '../../extension/messages';

type Handlers = { [K in MessageName]: (data: Messages[K]['request']) => Promise<Messages[K]['response']> };

export default defineBackground(() => {
  syncOnInstallAndStartup();
  scheduleSync();

  const handlers: Handlers = {
    'sync-now': () => requestSync(),
    enqueue: (write) => enqueueWrite(write),
  };

  // sendResponse + `return true` rather than a returned promise: older Chrome versions ignore returned promises.
  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    const handler = handlers[message.type] as ((data: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(message.data).then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
});
