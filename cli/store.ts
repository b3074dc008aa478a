/**
 * `company-contacts store copy --from FILE|URL --to FILE|URL`: moves a whole directory server between stores (issue 10),
 * SQLite to PostgreSQL and back; see server/store/copy/copy-store.ts. Stop the servers of both databases first: the
 * copy reads one snapshot of the source, and replaces the target whole.
 */
import { parseArgs } from 'node:util';
import { copyStore, CopyError } from '../server/store/copy/copy-store';
import { describeStore } from '../server/store/open-store';
import { StoreOpenError } from '../server/store/store-open-error';
import { now } from './open-database';
import { usageError } from './usage';

export const usage = 'store copy --from FILE|URL --to FILE|URL   copy a whole directory server to another database (SQLite or PostgreSQL)';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' } } });
  const [action, ...rest] = positionals;
  if (action !== 'copy') return usageError(action === undefined ? 'Missing action.' : `Unknown action "${action}".`, usage);
  if (!values.from || !values.to || rest.length > 0) return usageError('store copy needs --from FILE|URL and --to FILE|URL.', usage);
  try {
    const report = await copyStore(values.from, values.to, now);
    const [from, to] = [describeStore(values.from), describeStore(values.to)];
    const head = report.status === 'copied' ? `Copied ${from} to ${to}` : `Copied ${from} again, over its earlier copy in ${to}`;
    const width = Math.max(...report.counts.map((count) => count.table.length));
    const lines = report.counts.map(({ table, rows }) => `  ${table.padEnd(width)}  ${rows}`);
    process.stdout.write(`${head}. Rows per table, each checked against the source:\n${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof CopyError || error instanceof StoreOpenError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}
