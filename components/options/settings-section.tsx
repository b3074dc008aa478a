/** The console's Settings section (issue 11): the connection, how to call, and (admins) the default country. */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';

export function SettingsSection({ children }: { children: ComponentChildren }) {
  return (
    <>
      <div class="section-head">
        <h2 id="settings-title" tabIndex={-1}>
          {i18n.t('settingsTitle')}
        </h2>
      </div>
      {children}
    </>
  );
}
