/**
 * The optional host permission for the directory server (issue 4): asked for that origin only, when the user saves
 * the connection settings. Must be called straight from the click handler (browsers require a user gesture).
 */

/** The match pattern of an origin: `https://h:8443` → `https://h:8443/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Asks the browser for access to `origin`; resolves with whether it was granted. */
export function requestServerPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}
