/**
 * Idempotent writes (issue 3): a write sent with an `Idempotency-Key` runs once per organisation, token and key; a retry gets the
 * first answer back. The key is stored in the same transaction as the write, so a crash can't keep one without the
 * other. Only successful answers are kept: a refused write changed nothing, so running it again is harmless.
 */
import { createHash } from 'node:crypto';
import { HttpError } from '../http/http-error';
import type { OrgStore, Tx } from '../store/store';

export interface Answer {
  status: number;
  body: unknown;
  /** True when this is the stored answer of an earlier request with the same key. */
  replayed?: boolean;
}

export interface Once {
  /** The caller's organisation's directory: keys are per organisation and token (issue 10). */
  store: OrgStore;
  token: string;
  key: string | undefined;
  /** What the request was (method, URL, body): a key reused for another request is refused. */
  request: { method: string; url: string; body: unknown };
  now: string;
}

function fingerprint({ method, url, body }: Once['request']): string {
  const hash = createHash('sha256').update(`${method} ${url}\n`);
  if (body instanceof Uint8Array) hash.update(body);
  else if (body !== undefined) hash.update(JSON.stringify(body));
  return hash.digest('hex');
}

/** Runs `write` in one transaction, or returns the stored answer of the first request with this key. */
export function answerOnce({ store, token, key, request, now }: Once, write: (tx: Tx) => Promise<Answer>): Promise<Answer> {
  return store.transaction(async (tx) => {
    const print = key === undefined ? '' : fingerprint(request);
    if (key !== undefined) {
      const prior = await tx.getIdempotent(token, key);
      if (prior && prior.fingerprint !== print) {
        throw new HttpError(
          422,
          'idempotency-key-reused',
          `Idempotency-Key "${key}" was already used for a different request: send a new key for a new write.`,
        );
      }
      if (prior) return { status: prior.status, body: prior.body, replayed: true };
    }
    const answer = await write(tx);
    if (key !== undefined && answer.status < 300) {
      await tx.putIdempotent(token, key, { fingerprint: print, status: answer.status, body: answer.body }, now);
    }
    return answer;
  });
}
