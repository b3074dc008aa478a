/**
 * `company-contacts export [--db FILE|URL] [--org NAME] --format csv|vcard [--out F]` (issue 10): exports one
 * organisation's directory straight from the server's database, SQLite or PostgreSQL, by reading its change feed as
 * the server serves it (so the export is what clients see).
 */
import type { Contact } from '../lib/contact/contact';
import { organisationStore, withStore } from './open-database';
import { LatestContacts, writeExport, type ExportFormat } from './write-export';

const PAGE = 5000;

export function exportFromDatabase(request: { db: string; org: string | undefined; format: ExportFormat; out: string | undefined }): Promise<number> {
  return withStore(request.db, false, async (store) => {
    const directory = await organisationStore(store, request.org);
    if (directory === null) return 1;
    const latest = new LatestContacts();
    let afterSeq = 0;
    for (;;) {
      const page = await directory.changesJson(afterSeq, PAGE);
      latest.add(JSON.parse(page.json) as Contact[]);
      afterSeq = page.lastSeq;
      if (!page.more) break;
    }
    return writeExport(latest.live(), request.format, request.out);
  });
}
