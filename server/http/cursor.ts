/**
 * Change-feed cursors: opaque to clients (they only pass back what they got), a change sequence number inside.
 * `''` means "from the beginning".
 */
import { HttpError } from './http-error';

const PREFIX = 'c1.';

export function encodeCursor(seq: number): string {
  return PREFIX + seq.toString(36);
}

/** The sequence number inside `cursor`; 400 when it is not a cursor this server hands out. */
export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const seq = cursor.startsWith(PREFIX) ? Number.parseInt(cursor.slice(PREFIX.length), 36) : Number.NaN;
  if (!Number.isSafeInteger(seq) || seq < 0 || encodeCursor(seq) !== cursor) {
    throw new HttpError(400, 'invalid-cursor', `Cursor "${cursor}" is not one this server returned: pass since= (empty) to start over.`);
  }
  return seq;
}
