/** Reading the change feed the way the bench needs it: a full first pull, and the page of the latest 100 changes. */
import { performance } from 'node:perf_hooks';

interface Page {
  contacts: unknown[];
  cursor: string;
  more: boolean;
}

const page = async (api: string, auth: Record<string, string>, since: string, limit: number) =>
  (await (await fetch(`${api}/contacts/changes?since=${encodeURIComponent(since)}&limit=${limit}`, { headers: auth })).json()) as Page;

/** Pulls the whole directory in pages of 5,000, as a first sync does; also the cursors the load runs need. */
export async function fullPull(api: string, auth: Record<string, string>) {
  const started = performance.now();
  let cursor = '';
  let contacts = 0;
  let pages = 0;
  let lastPageStart = '';
  for (;;) {
    const answer = await page(api, auth, cursor, 5000);
    contacts += answer.contacts.length;
    pages++;
    if (answer.more) lastPageStart = answer.cursor;
    cursor = answer.cursor;
    if (!answer.more) break;
  }
  return { ms: performance.now() - started, contacts, pages, lastPageStart, endCursor: cursor };
}

/**
 * The cursor 100 changes before the end (from the start of the last page of 5,000, skip 49 pages of 100; from the
 * start of a directory of 1,000, skip 9) and the exact bytes the feed answers there: what a client catching up reads,
 * and what the floor server answers.
 */
export async function latestHundred(api: string, auth: Record<string, string>, lastPageStart: string, skip = 49) {
  let tail = lastPageStart;
  for (let i = 0; i < skip; i++) tail = (await page(api, auth, tail, 100)).cursor;
  const path = `/contacts/changes?since=${encodeURIComponent(tail)}&limit=100`;
  const bytes = Buffer.from(await (await fetch(`${api}${path}`, { headers: auth })).arrayBuffer());
  const probe = JSON.parse(bytes.toString('utf8')) as Page;
  return { path, bytes, contacts: probe.contacts.length, more: probe.more };
}
