import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Preact comes in through its Vite preset: WXT has no Preact module (see README).
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // MV3 for Firefox too: it keeps optional_host_permissions (MV2 would drop them) and one code path.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions: the server origin is asked for at setup, as an optional host permission.
    // activeTab + scripting: on a click of "Add selection as contact" only, to read the selection with its line breaks;
    // scripting also registers click-to-call's script for the sites the user turned it on for (issue 13), each
    // under that site's own optional host permission.
    permissions: ['storage', 'contextMenus', 'alarms', 'activeTab', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The address bar's `cc ana` (issue 13): a manifest key, no permission.
    omnibox: { keyword: 'cc' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' },
      },
    },
    // Firefox needs a stable add-on id for storage and permissions; Chrome warns on the unknown key.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'company-contacts@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
