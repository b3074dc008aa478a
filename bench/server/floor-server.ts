/**
 * The floor of `npm run bench:server` (issue 10): a bare Fastify route answering, from memory, the bytes the change
 * feed answered for the page under load, at the same path. What the directory server costs per request beyond this
 * is the cost of being a directory (auth, rate limit, the database read). `tsx bench/server/floor-server.ts FILE`
 * prints its URL on stdout.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const body = readFileSync(process.argv[2]!);
const app = Fastify({ logger: false });
app.get('/api/v1/contacts/changes', (_request, reply) => {
  reply.type('application/json; charset=utf-8').send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`floor server: http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
