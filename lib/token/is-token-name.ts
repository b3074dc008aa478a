/**
 * The one rule for a token's name (issues 3 and 11): 1 to 64 letters, digits, `.`, `_`, `-` or `@`. The server
 * refuses others; the console's forms check it first, so the person sees the fix before any request.
 */
const TOKEN_NAME = /^[\w.@-]{1,64}$/u;

/** Whether `name` may name a token. */
export function isTokenName(name: string): boolean {
  return TOKEN_NAME.test(name);
}
