/**
 * The optional host permissions: the directory server's (issue 4), asked for that origin only when the user saves the
 * connection settings, and a site's for click-to-call (issue 13). Must be called straight from the click handler
 * (browsers require a user gesture).
 */

/** The match pattern of an origin: `https://h:8443` → `https://h:8443/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Asks the browser for access to `origin`; resolves with whether it was granted. */
export function requestServerPermission(origin: string): Promise<boolean> {
  return requestOriginPermission(origin);
}

/** Asks for one origin (the server, or a site for click-to-call, issue 13): from a click, as the first thing it does. */
export function requestOriginPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}
