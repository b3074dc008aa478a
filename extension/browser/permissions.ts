/**
 * The optional host permissions: the directory server's (issue 4), asked for that origin only when the user saves the
 * connection settings, and a site's for click-to-call (issue 13). Must be called straight from the click handler
 * (browsers require a user gesture).
 */

import { sitePattern } from '../../lib/page-phones/site-pattern';

/** The match pattern of an origin: `https://h:8443` → `https://h:8443/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Asks the browser for access to `origin`; resolves with whether it was granted. */
export function requestServerPermission(origin: string): Promise<boolean> {
  return requestOriginPermission(origin);
}

/** Asks for one origin (the server): from a click, as the first thing it does. */
export function requestOriginPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

/** The pattern of a site for click-to-call (issue 13): in Firefox, its host's, which takes no port (see sitePattern). */
export function sitePermissionPattern(origin: string): string {
  return sitePattern(origin, !import.meta.env.FIREFOX);
}

/** Asks for a site's permission for click-to-call (issue 13): from the popup's click, as the first thing it does. */
export function requestSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePermissionPattern(origin)] });
}
