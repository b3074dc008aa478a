/**
 * Which browser origins may call the API (issue 3): the extension's own (`chrome-extension://…`,
 * `moz-extension://…`), never web pages. Patterns come from the allow-list setting; a trailing `*` matches any rest.
 */

/** True when `origin` matches one of `patterns` (`chrome-extension://*`, or an exact origin). */
export function isAllowedOrigin(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? origin.startsWith(pattern.slice(0, -1)) && origin.length > pattern.length - 1 : origin === pattern,
  );
}
