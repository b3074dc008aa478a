/**
 * Serves tests/e2e/fixtures/ on 127.0.0.1 (a random port) for click-to-call (issue 13): real pages on a real origin,
 * which the extension is turned on for. `/big.html` is generated (the bench's page); everything else is a file.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FOLDER = path.resolve('tests/e2e/fixtures');

export interface FixturePages {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

export async function serveFixturePages(generated: Record<string, string> = {}): Promise<FixturePages> {
  const server = http.createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    const body = generated[name] ?? (/^[\w-]+\.html$/.test(name) && fs.existsSync(path.join(FOLDER, name)) ? fs.readFileSync(path.join(FOLDER, name), 'utf8') : null);
    if (body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture page "${name}" in ${FOLDER}.`);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
