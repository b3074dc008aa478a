/**
 * Terminal-safe text (issue 9, defect 7). Values from a CSV file, its name, or a server's answer can hold escape
 * sequences that retitle, recolour or clear the admin's terminal, or a line break that fakes a line of the report.
 * Human output shows every control character as `\u001b`-style text; `--json` output stays exact (JSON escapes them).
 */

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what the terminal shows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with each control character written as `\uXXXX`, so printing it changes nothing but the text shown. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
