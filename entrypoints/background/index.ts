import { addSelectionAsContact, updateAddSelectionMenu } from '../../extension/browser/context-menu';
import { setUpOmnibox } from '../../extension/browser/omnibox';
import { addPhoneAsContact, lookupPhone, pagePhonesContext } from '../../extension/browser/page-phone-requests';
import { disableSiteCalling, enableIntendedSites, enableSiteCalling, expectSiteCalling, forgetRevokedSites, isSiteCallingOn } from '../../extension/browser/site-calling';
import { reportError } from '../../extension/browser/report-error';
import { requestSync, saveWrite, scheduleSync, syncOnInstallAndStartup, workerDb } from '../../extension/sync/background-sync';
import { PAGE_MESSAGES, type Message, type MessageName, type Messages } from '../../extension/browser/messages';
import { recordStoredRecent } from '../../extension/storage/contact-marks-store';
import { loadSettings, watchSettings } from '../../extension/storage/settings-storage';

type Handlers = { [K in MessageName]: (data: Messages[K]['request']) => Promise<Messages[K]['response']> };

export default defineBackground(() => {
  syncOnInstallAndStartup();
  scheduleSync();

  // The menu follows the settings: shown in local mode and to admins (issue 5).
  void loadSettings().then(updateAddSelectionMenu);
  watchSettings((settings) => void updateAddSelectionMenu(settings));
  browser.contextMenus.onClicked.addListener((info, tab) => void addSelectionAsContact(info, tab));
  // Click-to-call (issue 13): a site whose permission was taken back in the browser's settings is turned off.
  browser.permissions.onRemoved.addListener(() => void forgetRevokedSites().catch(reportError('forgetting sites whose permission was removed')));
  // …and a site whose permission the popup asked for is turned on here, the popup being gone (Firefox closes it).
  browser.permissions.onAdded.addListener(({ origins = [] }) => void enableIntendedSites(origins).catch(reportError('turning click-to-call on for a site just granted')));
  const omnibox = setUpOmnibox();
  // The end-to-end tests call these as a click or the address bar would (no automation can click a native context
  // menu or type in the omnibox); only the extension's own pages can reach the worker's global scope.
  Object.assign(globalThis, { addSelectionAsContact, omnibox });

  const handlers: Handlers = {
    'sync-now': () => requestSync(),
    save: (write) => saveWrite(write),
    'expect-site-calling': ({ origin, tabId }) => expectSiteCalling(origin, tabId).then(() => null),
    'enable-site-calling': ({ origin, tabId }) => enableSiteCalling(origin, tabId).then(() => null),
    'disable-site-calling': async ({ origin, tabId }) => {
      await disableSiteCalling(origin, tabId, origin === (await loadSettings()).serverUrl);
      return null;
    },
    'page-phones-context': () => pagePhonesContext(),
    'lookup-phone': ({ e164 }) => lookupPhone(e164),
    'add-phone-as-contact': ({ e164 }) => addPhoneAsContact(e164),
    'record-recent': async ({ id }) => {
      await recordStoredRecent(await workerDb(), id, Date.now());
      return null;
    },
  };

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // sendResponse + `return true` rather than a returned promise: older Chrome versions ignore returned promises.
  browser.runtime.onMessage.addListener((message: Message, sender, sendResponse) => {
    const handler = handlers[message.type] as ((data: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    // A web page's tab (the click-to-call script) may only ask what that script asks (issue 13): never a save.
    const fromExtension = sender.url !== undefined && new URL(sender.url).origin === extensionOrigin;
    if (!fromExtension && !PAGE_MESSAGES.includes(message.type)) {
      sendResponse({ error: `"${message.type}" is not answered to a web page's script.` });
      return false;
    }
    const answer = fromExtension
      ? handler(message.data)
      : isSiteCallingOn(sender.url).then((on) => (on ? handler(message.data) : Promise.reject(new Error(`Click-to-call is not on for ${sender.url}.`))));
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
});
