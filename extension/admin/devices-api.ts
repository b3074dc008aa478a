/**
 * Settings → Your devices' server calls (issue 11), from the extension's API client (extension/browser/server-api.ts).
 * An admin's device tokens are created with `device: true`, so they are its own (listed with it as owner) rather
 * than team invites; a member's tokens are always its device tokens.
 */
import type { DevicesApi } from '../../hooks/use-devices';
import type { ApiClient } from '../../lib/api/api-client';
import type { Role } from '../../lib/api/api';

export function devicesApi(client: ApiClient, role: Role): DevicesApi {
  return {
    list: async () => (await client.listTokens()).tokens,
    create: (body) => client.createToken({ ...body, role: 'member', ...(role === 'admin' ? { device: true } : {}) }),
    revoke: async (id) => void (await client.revokeToken(id)),
  };
}
