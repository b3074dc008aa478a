/**
 * WXT's fakeBrowser has no `contextMenus` ("not implemented"): this fills in the three calls the extension makes,
 * keeping the created items so a test can read them, and an `onClicked` event a test can fire.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeMenus {
  items: Map<string, { title: string; contexts: string[] }>;
  click(info: object, tab?: object): Promise<void>;
}

export function installFakeContextMenus(): FakeMenus {
  const items: FakeMenus['items'] = new Map();
  const listeners: ((info: object, tab?: object) => unknown)[] = [];
  const menus = {
    removeAll: async () => items.clear(),
    create: (item: { id: string; title: string; contexts: string[] }) => {
      if (items.has(item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
      items.set(item.id, { title: item.title, contexts: item.contexts });
    },
    onClicked: { addListener: (listener: (info: object, tab?: object) => unknown) => void listeners.push(listener) },
  };
  Object.assign(fakeBrowser, { contextMenus: menus });
  return {
    items,
    async click(info, tab) {
      await Promise.all(listeners.map((listener) => listener(info, tab)));
    },
  };
}
