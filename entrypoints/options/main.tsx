/**
 * The options page: the admin console (issue 11). Sections by URL fragment; who sees which follows the session's
 * mode and role (lib/console/console-sections.ts). The connection form stays mounted across a reconnect, so it can
 * say who you now are; everything that depends on the server is keyed by the connection and starts afresh.
 */
import { i18n } from '#i18n';
import { getCountries } from 'libphonenumber-js/max';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CallMethodSettings } from '../../components/options/call-method-settings';
import { ConnectionSettings } from '../../components/options/connection-settings';
import { ConsoleLayout } from '../../components/options/console-layout';
import { CountrySetting } from '../../components/options/country-setting';
import { SettingsSection } from '../../components/options/settings-section';
import { openAdminSession, type AdminSession } from '../../extension/admin/admin-session';
import { connect } from '../../extension/admin/connect';
import { serverApi } from '../../extension/browser/server-api';
import { uiLocale } from '../../extension/browser/ui-locale';
import { loadSettings, saveSettings, watchSettings } from '../../extension/storage/settings-storage';
import { useAdminDirectory } from '../../hooks/use-admin-directory';
import { useConsoleRoute } from '../../hooks/use-console-route';
import { sectionsFor } from '../../lib/console/console-sections';
import type { Settings } from '../../lib/settings/settings';
import { Workspace } from './workspace';
import { YourDevices } from './your-devices';
import './style.css';

const locale = uiLocale();
const countries = getCountries();

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [session, setSession] = useState<AdminSession | null>(null);
  const directory = useAdminDirectory();

  useEffect(() => {
    const open = async (current: Settings) => {
      setSettings(current);
      setSession(await openAdminSession(current, serverApi(current)));
    };
    void loadSettings().then(open);
    // Connecting (or going local) changes who may write: the page follows.
    return watchSettings((next) => void open(next));
  }, []);

  const sections = session ? sectionsFor({ mode: session.mode, role: session.role }) : [];
  const section = useConsoleRoute(sections);
  if (!settings || !session) return null;

  const modeNote = session.mode === 'local' ? i18n.t('localMode') : i18n.t('serverModeNote', [settings.serverUrl, session.role ?? '?']);
  return (
    <ConsoleLayout sections={sections} section={section} serverUrl={settings.serverUrl} modeNote={modeNote} problem={session.problem}>
      {section === 'settings' ? (
        <SettingsSection>
          <ConnectionSettings serverUrl={settings.serverUrl} token={settings.token} onSave={connect} />
          {session.mode === 'server' && session.role !== null && session.name !== null ? (
            <YourDevices
              key={`${settings.serverUrl}|${settings.token}`}
              settings={settings}
              holder={{ name: session.name, role: session.role }}
              locale={locale}
            />
          ) : null}
          <CallMethodSettings
            callMethod={settings.callMethod}
            callTemplate={settings.callTemplate}
            onSave={async (callMethod, callTemplate) => void (await saveSettings({ callMethod, callTemplate }))}
          />
          {session.role === 'admin' ? (
            <CountrySetting
              country={settings.defaultCountry}
              countries={countries}
              locale={locale}
              serverCountry={session.mode === 'server' ? session.rules.defaultCountry : undefined}
              onSave={async (defaultCountry) => void (await saveSettings({ defaultCountry }))}
            />
          ) : null}
        </SettingsSection>
      ) : (
        <Workspace key={`${settings.serverUrl}|${settings.token}`} section={section} settings={settings} session={session} directory={directory} locale={locale} />
      )}
    </ConsoleLayout>
  );
}

document.documentElement.lang = locale;
document.title = i18n.t('optionsTitle');
render(<Options />, document.getElementById('app')!);
