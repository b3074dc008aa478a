/**
 * A copy of `text` in one piece of its own. V8 keeps a concatenation `a + b + c` as a rope of small strings
 * (32 bytes per node, more than the text itself), and a slice of a longer string (a CSV cell, 13 characters or
 * more) as a view that keeps the whole longer string alive. A report of 100,000 lines keeps hundreds of thousands of
 * such strings (issue 2 bench: ≤ 200 MB). The value is unchanged: `flatString(s) === s`.
 */
export function flatString(text: string): string {
  // Shorter strings are never views or ropes in V8: they are copied already.
  if (text.length < 13) return text;
  // JSON.parse builds a new sequential string; V8 has no cheaper public way to copy one.
  return JSON.parse(JSON.stringify(text)) as string;
}
