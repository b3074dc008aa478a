import { i18n } from '#i18n';
import { getCountries } from 'libphonenumber-js/max';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CallMethodSettings } from '../../components/options/call-method-settings';
import { ConnectionSettings } from '../../components/options/connection-settings';
import { CountrySetting } from '../../components/options/country-setting';
import { canWrite, openAdminSession, type AdminSession } from '../../extension/admin/admin-session';
import { serverApi } from '../../extension/browser/server-api';
import { loadSettings, saveSettings, watchSettings } from '../../extension/storage/settings-storage';
import { uiLocale } from '../../extension/browser/ui-locale';
import type { Settings } from '../../lib/settings/settings';
import { AdminSections } from '../../components/options/admin-sections';
import { connect } from '../../extension/admin/connect';
import { useAdminActions } from '../../hooks/use-admin-actions';
import { useAdminDirectory } from '../../hooks/use-admin-directory';
import { useSelectionDraft } from '../../hooks/use-selection-draft';
import type { DirectoryRules } from '../../lib/api/api';
import './style.css';

const locale = uiLocale();
const countries = getCountries();

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [session, setSession] = useState<AdminSession | null>(null);

  useEffect(() => {
    const open = async (current: Settings) => {
      setSettings(current);
      setSession(await openAdminSession(current, serverApi(current)));
    };
    void loadSettings().then(open);
    // Connecting (or going local) changes who may write: the page follows.
    return watchSettings((next) => void open(next));
  }, []);

  if (!settings || !session) return null;
  const admin = canWrite(session);
  return (
    <main class="options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <p id="mode-note" class="hint">
        {session.mode === 'local' ? i18n.t('localMode') : i18n.t('serverModeNote', [settings.serverUrl, session.role ?? '?'])}
      </p>
      {session.problem ? (
        <p class="error" role="alert">
          {i18n.t('serverUnreachable', [session.problem])}
        </p>
      ) : null}
      {admin ? (
        <AdminArea key={`${settings.serverUrl}|${settings.token}`} settings={settings} rules={session.rules} />
      ) : (
        <p id="read-only-note" class="notice">
          {i18n.t('readOnlyNote')}
        </p>
      )}
      <ConnectionSettings serverUrl={settings.serverUrl} token={settings.token} onSave={connect} />
      <CallMethodSettings
        callMethod={settings.callMethod}
        callTemplate={settings.callTemplate}
        onSave={async (callMethod, callTemplate) => void (await saveSettings({ callMethod, callTemplate }))}
      />
      {admin ? (
        <CountrySetting
          country={settings.defaultCountry}
          countries={countries}
          locale={locale}
          serverCountry={session.mode === 'server' ? session.rules.defaultCountry : undefined}
          onSave={async (defaultCountry) => void (await saveSettings({ defaultCountry }))}
        />
      ) : null}
    </main>
  );
}

/** The admin sections with their data and actions; keyed by the connection, so another server starts afresh. */
function AdminArea({ settings, rules }: { settings: Settings; rules: DirectoryRules }) {
  const directory = useAdminDirectory();
  const actions = useAdminActions(directory, serverApi(settings), rules, locale);
  const draft = useSelectionDraft();
  return <AdminSections directory={directory} actions={actions} draft={draft} rules={rules} locale={locale} />;
}

document.documentElement.lang = locale;
render(<Options />, document.getElementById('app')!);
