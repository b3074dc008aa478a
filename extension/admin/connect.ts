/**
 * Saving the connection settings (issue 4): ask the browser for the server's origin only, check `GET /api/v1/me`,
 * then store the settings and sync. Empty address: local mode.
 */
import { i18n } from '#i18n';
import type { ConnectResult } from '../../components/options/connection-settings';
import { openContactsDb } from '../storage/db';
import { sendToBackground } from '../browser/messages';
import { refreshPopupSnapshot } from '../storage/popup-snapshot';
import { requestServerPermission } from '../browser/permissions';
import { reportError } from '../browser/report-error';
import { saveSettings } from '../storage/settings-storage';
import { serverApi } from '../browser/server-api';
import { ApiError } from '../../lib/api/api-client';
import { parseServerUrl } from '../../lib/settings/settings';

export async function connect(serverUrl: string, token: string): Promise<ConnectResult> {
  const parsed = parseServerUrl(serverUrl);
  if (parsed.error) return { kind: 'error', message: i18n.t('serverUrlInvalid', [serverUrl.trim()]) };
  if (parsed.origin === '') {
    await saveSettings({ serverUrl: '', token: '', role: '' });
    return { kind: 'local' };
  }
  const origin = parsed.origin;
  // First await of the click handler: the permission prompt needs the user's gesture.
  const granted = await requestServerPermission(origin).catch((error: unknown) => {
    reportError('the permission request')(error);
    return false;
  });
  if (!granted) return { kind: 'error', message: i18n.t('permissionRefused', [origin]) };
  try {
    const me = await serverApi({ serverUrl: origin, token: token.trim() })!.me();
    const settings = await saveSettings({ serverUrl: origin, token: token.trim(), role: me.role });
    // After the first sync, the popup's snapshot: the first popup opened paints its rows at once too.
    void sendToBackground('sync-now', undefined)
      .then(async () => {
        const db = await openContactsDb();
        await refreshPopupSnapshot(db, settings).finally(() => db.close());
      })
      .catch(reportError('the first sync after connecting'));
    return { kind: 'connected', name: me.name, role: me.role };
  } catch (error) {
    const reason = error instanceof ApiError ? `${error.status} ${error.message}` : error instanceof Error ? error.message : String(error);
    return { kind: 'error', message: i18n.t('connectionFailed', [origin, reason]) };
  }
}
