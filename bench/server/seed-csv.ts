/** The bench's import files: `LINES` distinct contacts per batch, three phones each (issue 3's figures). */
import { csvHeaderLine } from '../../lib/csv/csv-columns';

const HEADER = csvHeaderLine('en');
export const LINES = 1000;

/** `i * step mod 10^width`, zero-padded: distinct for every i < 10^width since step is prime to 10. */
const unique = (i: number, step: number, width: number) => String((i * step) % 10 ** width).padStart(width, '0');

/**
 * Batch `batch` of the seed: contacts batch × LINES to (batch + 1) × LINES − 1. Without `emails`, the email column is
 * left empty: the same contacts, found again only by name and phone (the seed's check of the phone index).
 */
export function seedCsv(batch: number, { emails = true } = {}): string {
  const lines = [HEADER];
  for (let j = 0; j < LINES; j++) {
    const i = batch * LINES + j;
    const fr = unique(i, 7919, 8);
    lines.push(
      `Member ${i} Dupont,Engineer ${i % 17},${emails ? `member.${i}@example.com` : ''},+33 6 ${fr.slice(0, 2)} ${fr.slice(2, 4)} ${fr.slice(4, 6)} ${fr.slice(6)},` +
        `0049 30 ${unique(i, 7, 7)},+1 (212) ${200 + (i % 800)}-${unique(Math.floor(i / 800), 1, 4)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
