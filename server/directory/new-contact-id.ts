/**
 * Contact ids: UUID version 7 (RFC 9562), a millisecond timestamp then random bits. New ids sort after older ones,
 * so inserting a batch appends to the end of the id index instead of touching pages all over it.
 */
import { randomUUID } from 'node:crypto';

export function newContactId(now: number = Date.now()): string {
  // randomUUID (v4) draws from a cached entropy pool: keep its random bits and variant, put the time and version 7 in.
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
