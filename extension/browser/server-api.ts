/** The directory server's client as the extension builds it: the only place that hands `fetch` to lib/api/api-client.ts. */
import { createApiClient, type ApiClient } from '../../lib/api/api-client';
import type { Settings } from '../../lib/settings/settings';

/** The client for these settings, or null in local mode. */
export function serverApi(settings: Pick<Settings, 'serverUrl' | 'token'>): ApiClient | null {
  if (settings.serverUrl === '') return null;
  return createApiClient({ baseUrl: settings.serverUrl, token: settings.token, fetch: (...args) => fetch(...args) });
}
