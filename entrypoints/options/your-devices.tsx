/**
 * Settings → Your devices with its data (issue 11), for whoever is connected to a server (member or admin). Keyed by
 * the connection in main.tsx: another server or token starts afresh.
 */
import { useMemo } from 'preact/hooks';
import { DevicesPanel } from '../../components/options/devices-panel';
import { devicesApi } from '../../extension/admin/devices-api';
import { serverApi } from '../../extension/browser/server-api';
import type { Role } from '../../lib/api/api';
import { useDevices, type DevicesApi } from '../../hooks/use-devices';
import { formatDateTime } from '../../lib/messages/format-date-time';
import type { Locale } from '../../lib/messages/messages';
import type { Settings } from '../../lib/settings/settings';

export interface YourDevicesProps {
  settings: Pick<Settings, 'serverUrl' | 'token'>;
  holder: { name: string; role: Role };
  locale: Locale;
}

export function YourDevices({ settings, holder, locale }: YourDevicesProps) {
  // Keyed by the connection: built once per server and token.
  const devices = useMemo(() => {
    const client = serverApi(settings);
    return client === null ? null : devicesApi(client, holder.role);
  }, []);
  return devices === null ? null : <Devices api={devices} serverUrl={settings.serverUrl} holder={holder} locale={locale} />;
}

function Devices({ api, serverUrl, holder, locale }: { api: DevicesApi; serverUrl: string; holder: YourDevicesProps['holder']; locale: Locale }) {
  const state = useDevices(api, holder, serverUrl);
  return (
    <DevicesPanel
      serverUrl={serverUrl}
      holder={holder.name}
      devices={state.devices}
      problem={state.problem}
      formatDate={(iso) => formatDateTime(iso, locale)}
      onCreate={state.create}
      onRevoke={state.revoke}
      onCopy={state.copy}
    />
  );
}
