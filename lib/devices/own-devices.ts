/**
 * The device tokens a Settings page lists as "yours" (issue 11). The server lists a member its own device tokens
 * only, but an admin every token of the organisation: an admin's own devices are the ones it owns (created with
 * `device: true`). Token names are unique in an organisation, so the owner's name identifies the admin.
 */
import type { Role, TokenInfo } from '../api/api';

/** Who is asking: the connected token's name and role (`GET /api/v1/me`). */
export interface DeviceHolder {
  name: string;
  role: Role;
}

/** The tokens of `listed` (a `GET /api/v1/tokens` answer for `holder`) that are `holder`'s own devices. */
export function ownDevices(listed: readonly TokenInfo[], holder: DeviceHolder): TokenInfo[] {
  if (holder.role === 'member') return [...listed];
  return listed.filter((token) => token.owner !== null && token.owner.name === holder.name);
}
