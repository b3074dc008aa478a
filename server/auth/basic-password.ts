/**
 * The password of an HTTP Basic `Authorization` header (RFC 7617): CardDAV clients (issue 12) log in with any user
 * name and a device token as the password, since none of them can send a bearer token.
 */

/** The password, or null when the header is not Basic, not base64, has no colon or an empty password. */
export function basicPassword(header: string): string | null {
  const match = /^Basic\s+([A-Za-z0-9+/]+=*)\s*$/iu.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const password = decoded.slice(colon + 1);
  return password === '' ? null : password;
}
