/**
 * A header cell as the recognisers compare it: trimmed (French Outlook writes `"Société "`), inner spaces folded,
 * lower-cased, NFC. Accents stay: they are part of the exports' own column names.
 */
export function columnKey(cell: string): string {
  return cell.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
