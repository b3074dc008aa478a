/** The server's version: package.json's, shown by /health and the OpenAPI document. */
import fs from 'node:fs';

export const SERVER_VERSION = (
  JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
