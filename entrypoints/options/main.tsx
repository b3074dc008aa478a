import { i18n } from '#i18n';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CallMethodSettings } from '../../components/call-method-settings';
import { ConnectionSettings } from '../../components/connection-settings';
import { loadSettings, saveSettings } from '../../extension/settings-storage';
import type { Settings } from '../../lib/settings';
import { connect } from './connect';
import './style.css';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;
  return (
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <ConnectionSettings serverUrl={settings.serverUrl} token={settings.token} onSave={connect} />
      <CallMethodSettings
        callMethod={settings.callMethod}
        callTemplate={settings.callTemplate}
        onSave={async (callMethod, callTemplate) => void (await saveSettings({ callMethod, callTemplate }))}
      />
    </main>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
render(<Options />, document.getElementById('app')!);
