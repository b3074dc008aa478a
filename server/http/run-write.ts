/** Runs a write once (Idempotency-Key) in one transaction and sends its answer: every write route goes through it. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { caller, directory } from '../auth/auth-hook';
import { answerOnce, type Answer } from '../directory/answer-once';
import type { WriteContext } from '../directory/contact-writes';
import type { Tx } from '../store/store';

export async function runWrite(request: FastifyRequest, reply: FastifyReply, run: (context: WriteContext) => Promise<Answer>) {
  const { settings } = request.server;
  const now = settings.now();
  const key = request.headers['idempotency-key'];
  const answer = await answerOnce(
    {
      store: directory(request),
      token: caller(request).name,
      key: typeof key === 'string' ? key : undefined,
      request: { method: request.method, url: request.url, body: request.body },
      now,
    },
    (tx: Tx) => run({ tx, token: caller(request).name, now, defaultCountry: settings.defaultCountry }),
  );
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  const version = (answer.body as { version?: unknown }).version;
  if (typeof version === 'number') reply.header('etag', `"${version}"`);
  return reply.code(answer.status).send(answer.body);
}
