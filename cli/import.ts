/**
 * `company-contacts import FILE --server URL --token T [--on-duplicate skip|update] [--dry-run] [--json]`:
 * uploads a contacts file (our CSV, a Google Contacts or Outlook CSV, a vCard; issue 13) to the directory server (issue 3), which checks it with the same rules as `check` and
 * commits every accepted line in one transaction. The upload carries an Idempotency-Key, so the one automatic
 * retry after a network failure cannot import twice. Exit 0 accepted (even with rejected lines), 1 refused or failed.
 *
 * Without `--server` (nor CONTACTS_SERVER), or with `--db`, the file goes straight into the database
 * (`--db FILE|URL`, else CONTACTS_DB; `--org NAME`; issue 10): see ./database-import.ts. Both print the same report.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportResponse } from '../lib/api/api';
import { ApiError, NetworkError } from '../lib/api/api-client';
import { describeImport } from '../lib/import/describe-import';
import { isKnownCountry } from '../lib/phone/phone';
import { ConfigError, importRulesFromEnv } from '../server/config';
import { importIntoDatabase } from './database-import';
import { databaseOf, databaseOption } from './open-database';
import { escapeControlCharacters } from './escape-control-characters';
import { readInput } from './read-input';
import { clientFrom, reportFailure, serverOptions } from './server-options';
import { usageError } from './usage';

export const usage =
  'import FILE --server URL --token T [--on-duplicate skip|update] [--dry-run] [--json]   import a .csv or .vcf file into the server\n' +
  '  import FILE [--db FILE|URL] [--org NAME] [--default-country CC] [--on-duplicate skip|update] [--dry-run] [--json]   … straight into its database';

/** The readable answer; every value from the file or the server with its control characters escaped. */
function summary(answer: ImportResponse): string {
  const file = escapeControlCharacters(answer.file);
  if (!answer.ok) return `${file}: refused, nothing imported. ${escapeControlCharacters(answer.error?.message ?? '')}\n`;
  const { created, updated, duplicates, rejected, blank } = answer.counts;
  const head = answer.dryRun
    ? `${file}: dry run, nothing written. Would create ${created}, update ${updated}`
    : `${file}: imported (import ${escapeControlCharacters(answer.importId ?? '')}). Created ${created}, updated ${updated}`;
  const lines = [...answer.rejected, ...answer.duplicates, ...answer.warnings].map(
    (problem) => `  ${escapeControlCharacters(problem.message)}`,
  );
  const { recognised, mapping } = describeImport(answer, 'en');
  const read = mapping === null ? '' : `${escapeControlCharacters(`${recognised} ${mapping}`)}\n`;
  return `${head}; ${duplicates} duplicates, ${rejected} rejected, ${blank} blank lines.\n${read}${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...serverOptions,
      ...databaseOption,
      org: { type: 'string' },
      'default-country': { type: 'string' },
      'on-duplicate': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'Missing FILE.' : `Expected one FILE, got ${positionals.length}.`, usage);
  const onDuplicate = values['on-duplicate'] ?? 'skip';
  if (onDuplicate !== 'skip' && onDuplicate !== 'update') return usageError(`--on-duplicate must be skip or update, not "${onDuplicate}".`, usage);
  const path = positionals[0] ?? '';
  const print = (answer: ImportResponse) => {
    process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : summary(answer));
    return answer.ok ? 0 : 1;
  };
  const remote = values.db === undefined && (values.server ?? process.env.CONTACTS_SERVER) !== undefined;
  if (!remote) {
    if (values.server !== undefined) return usageError('Give either --server (import through the server) or --db (straight into its database), not both.', usage);
    // The environment's rules, read as the server reads them; --default-country wins over CONTACTS_DEFAULT_COUNTRY.
    let rules: ReturnType<typeof importRulesFromEnv>;
    try {
      rules = importRulesFromEnv(process.env);
    } catch (error) {
      if (error instanceof ConfigError) return usageError(error.message, usage);
      throw error;
    }
    const country = values['default-country']?.toUpperCase() ?? rules.defaultCountry;
    if (country !== undefined && !isKnownCountry(country)) {
      return usageError(`Unknown country "${country}": give an ISO 3166 two-letter code such as FR or DE.`, usage);
    }
    const bytes = await readInput(path);
    if (typeof bytes === 'string') return usageError(bytes, usage);
    return importIntoDatabase(
      { db: databaseOf(values), org: values.org, path, bytes, onDuplicate, dryRun: values['dry-run'] === true, defaultCountry: country, maxContacts: rules.maxContacts },
      print,
    );
  }
  if (values.org !== undefined || values['default-country'] !== undefined) {
    return usageError(`${values.org !== undefined ? '--org' : '--default-country'} is for an import into the database (--db): through --server, the token decides the organisation and the server its country.`, usage);
  }
  const client = clientFrom(values);
  if (typeof client === 'string') return usageError(client, usage);
  const bytes = await readInput(path);
  if (typeof bytes === 'string') return usageError(bytes, usage);
  const options = { onDuplicate, dryRun: values['dry-run'] === true, idempotencyKey: randomUUID() } as const;
  let answer: ImportResponse;
  try {
    answer = await client.importCsv(basename(path), bytes, options).catch((error: unknown) => {
      if (error instanceof NetworkError) return client.importCsv(basename(path), bytes, options);
      throw error;
    });
  } catch (error) {
    // A refused file is an answer, not a failure: print its report like an accepted one.
    if (!(error instanceof ApiError && error.status === 422 && (error.body as ImportResponse | undefined)?.ok === false)) {
      return reportFailure(error);
    }
    answer = error.body as ImportResponse;
  }
  return print(answer);
}
