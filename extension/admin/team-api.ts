/** The Team section's server calls (issue 11), from the extension's API client (extension/browser/server-api.ts). */
import type { TeamApi } from '../../hooks/use-team';
import type { ApiClient } from '../../lib/api/api-client';

export function teamApi(client: ApiClient): TeamApi {
  return {
    list: async () => (await client.listTokens()).tokens,
    create: (body) => client.createToken(body),
    revoke: async (id) => void (await client.revokeToken(id)),
  };
}
