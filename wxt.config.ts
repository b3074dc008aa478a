import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Preact comes in through its Vite preset: WXT has no Preact module (see README).
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions: the server origin is asked for at setup, as an optional host permission.
    permissions: ['storage', 'contextMenus', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' },
      },
    },
    browser_specific_settings: {
      gecko: { id: 'company-contacts@example.org', strict_min_version: '128.0' },
    },
  },
});
