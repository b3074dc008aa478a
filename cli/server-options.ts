/**
 * The options every server command shares: `--server URL --token T` (or env CONTACTS_SERVER / CONTACTS_TOKEN),
 * turned into an API client over the global fetch.
 */
import { ApiError, createApiClient, NetworkError, type ApiClient } from '../lib/api/api-client';
import { escapeControlCharacters } from './escape-control-characters';

export const serverOptions = {
  server: { type: 'string' },
  token: { type: 'string' },
} as const;

/** The client, or the usage problem to show. */
export function clientFrom(values: { server?: string; token?: string }): ApiClient | string {
  const server = values.server ?? process.env.CONTACTS_SERVER;
  const token = values.token ?? process.env.CONTACTS_TOKEN;
  if (!server) return 'Missing --server URL (e.g. --server http://127.0.0.1:8787).';
  if (!/^https?:\/\//u.test(server)) return `--server "${server}" is not an http(s) URL: write e.g. http://127.0.0.1:8787.`;
  if (!token) return 'Missing --token T (an admin token; "token create" makes one).';
  return createApiClient({ baseUrl: server, token, fetch: globalThis.fetch });
}

/** Prints an API or network failure in words, and returns exit code 1. Anything else is a bug: rethrown. */
export function reportFailure(error: unknown): number {
  if (error instanceof ApiError) {
    process.stderr.write(escapeControlCharacters(`The server refused (${error.status} ${error.code}): ${error.message}`) + '\n');
    return 1;
  }
  if (error instanceof NetworkError) {
    process.stderr.write(`${escapeControlCharacters(error.message)}. Is the server running? Check --server.\n`);
    return 1;
  }
  throw error;
}
