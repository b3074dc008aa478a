/**
 * The match pattern that gives click-to-call one site (issue 13), for its permission and its script's registration:
 * `https://crm.example.com` → `https://crm.example.com/*`.
 *
 * Firefox takes no port in a match pattern (MDN, Match patterns: "host must not include a port number"): a pattern
 * with one is accepted, granted and registered, yet matches no page. In Firefox ESR 153 the script registered for
 * `http://127.0.0.1:PORT/*` never ran there, and the tab's URL stayed hidden as without the permission, while
 * `http://127.0.0.1/*` ran it. So where patterns take no port, the site's pattern is its host's, every port; the
 * worker then answers the script only on the origin that was turned on (entrypoints/background/index.ts).
 *
 * @param origin an http(s) origin, as `URL.origin` writes it
 * @param portsInPatterns whether the browser matches the port of a pattern (Chrome) or takes none (Firefox)
 */
export function sitePattern(origin: string, portsInPatterns: boolean): string {
  if (portsInPatterns) return `${origin}/*`;
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
