/**
 * The control-character rule of issue 9 (defect 6), the same for every way a contact comes in: the CSV file, the JSON
 * list, the API's POST/PUT, the add/edit form and "Add selection as contact" (which fills that form).
 *
 * Refused, in any field:
 * - C0 controls (U+0000–U+001F) except tab, line feed, vertical tab, form feed and carriage return, and DEL (U+007F):
 *   NUL, BEL, backspace, ESC… are invisible, can retitle or clear a terminal (`check`, `import`), and a CSV holding
 *   them reads as binary data ("not-text"), so the directory's own export would not import again. The five allowed
 *   ones are white space: a name or position folds them into one space, a phone ignores them as separators.
 * - C1 controls (U+0080–U+009F): the same invisible controls in their 8-bit form (U+009B is ESC [ to a terminal).
 * - Lone surrogates (half of a UTF-16 pair): not text; UTF-8 cannot encode them, so the database and every file
 *   would silently hold U+FFFD instead of what was sent.
 * - The bidirectional overrides LRO and RLO (U+202D, U+202E): they show the characters after them in reverse order
 *   ("Trojan Source"), so a name could read as another one; no name needs them.
 * Accepted: every other character, including the bidirectional marks, embeddings and isolates that right-to-left
 * names legitimately hold (U+200E/U+200F, U+202A–U+202C, U+2066–U+2069), zero-width joiners and emoji.
 */

/** One refused character, or a lone surrogate; the `u` flag is left off so lone surrogates are seen one by one. */
const REFUSED = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u202d\u202e]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const REFUSED_ALL = new RegExp(REFUSED.source, 'g');

/** `U+001B` for a UTF-16 code unit. */
function codePointName(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first refused character of `text` (index, and its `U+XXXX` name), or null when the text has none. */
export function firstControlCharacter(text: string): { index: number; character: string } | null {
  const found = REFUSED.exec(text);
  return found === null ? null : { index: found.index, character: codePointName(found[0].charCodeAt(0)) };
}

/**
 * `text` with every refused character written as a `\u001b` escape, so it can be shown in a message, a terminal or
 * a page without acting on it; other text unchanged.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(REFUSED_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `text` without its refused characters: only to judge the shape of a text the user will still see whole (the
 * selection parser asks whether a line looks like a name), never to store it. Storing is refused by the rule instead.
 */
export function withoutControlCharacters(text: string): string {
  return text.replace(REFUSED_ALL, '');
}
