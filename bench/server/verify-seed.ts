/**
 * Checks a seeded organisation through the real API (issue 10): its change feed answers exactly the seeded contacts,
 * in seq order, each as the stores write it; and a dry-run import of its first batch again finds every line a
 * duplicate, once by email and once (emails left out) by name and phone, so the email index and the phone rows (or
 * PostgreSQL's look-up index, built from the stored JSON) hold what putContact would have put there.
 */
import { performance } from 'node:perf_hooks';
import type { SeedContact } from './seed-contacts';
import { LINES, seedCsv } from './seed-csv';

interface Page {
  contacts: Record<string, unknown>[];
  cursor: string;
  more: boolean;
}

/** Throws, saying what differs, unless the organisation holds exactly `expected`; returns the first dry run's time, ms. */
export async function verifySeed(api: string, auth: Record<string, string>, expected: SeedContact[], firstBatch: number): Promise<number> {
  let cursor = '';
  let seen = 0;
  for (;;) {
    const response = await fetch(`${api}/contacts/changes?since=${encodeURIComponent(cursor)}&limit=5000`, { headers: auth });
    const page = (await response.json()) as Page;
    for (const contact of page.contacts) {
      const { id, ...rest } = contact;
      const want = expected[seen];
      if (typeof id !== 'string' || want === undefined || `{${want.rest}` !== JSON.stringify(rest)) {
        throw new Error(`seeded contact ${seen + 1} reads back as ${JSON.stringify(contact)}, not {"id":…,${want?.rest ?? '(none: too many contacts)'}`);
      }
      seen++;
    }
    cursor = page.cursor;
    if (!page.more) break;
  }
  if (seen !== expected.length) throw new Error(`the feed holds ${seen} seeded contacts, not ${expected.length}`);
  let firstMs = 0;
  for (const emails of [true, false]) {
    const started = performance.now();
    const response = await fetch(`${api}/imports?file=check.csv&dryRun=true`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv' },
      body: seedCsv(firstBatch, { emails }),
    });
    const report = (await response.json()) as { counts?: { duplicates: number } };
    if (emails) firstMs = performance.now() - started;
    if (response.status !== 200 || report.counts?.duplicates !== LINES) {
      throw new Error(`a dry run of seed batch ${firstBatch} ${emails ? '' : 'without emails '}found ${report.counts?.duplicates} duplicates, not ${LINES}: ${response.status}`);
    }
  }
  return firstMs;
}
