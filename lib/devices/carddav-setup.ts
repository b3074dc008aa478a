/**
 * What a phone or a mail client needs to subscribe to the directory over CardDAV (issues 11 and 12; the setup per
 * client is in the main README): the server's address, its `/dav/` URL, any user name, and a device token as the
 * password. iPhone's "Server" field wants the address without `https://`, the others take it whole.
 */
import { parseServerUrl } from '../settings/settings';

export interface CardDavSetup {
  /** The server's origin, `https://contacts.example.com`. */
  server: string;
  /** The CardDAV context path clients start from (`/.well-known/carddav` redirects there too). */
  davUrl: string;
  /** For iPhone's "Server" field: host and port, no scheme. */
  host: string;
}

/** The setup facts for `serverUrl` (an http(s) address), or `null` when it is not one. */
export function cardDavSetup(serverUrl: string): CardDavSetup | null {
  const { origin } = parseServerUrl(serverUrl);
  if (origin === null || origin === '') return null;
  return { server: origin, davUrl: `${origin}/dav/`, host: new URL(origin).host };
}
