/**
 * `company-contacts export FILE.json --format csv|vcard [--out F]`: exports a local JSON contact list (an array,
 * or `{ "contacts": [...] }`) to CSV or vCard with lib/ exporters. Each item is validated with the same rules as
 * an import; deleted contacts are left out; storage fields (id, version…) are ignored. Any invalid item stops the
 * export (exit 1) with its problem on stderr, so no bad data leaves.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ContactFields } from '../lib/contact/contact';
import { exportContactsCsv } from '../lib/export/export-contacts-csv';
import { exportContactsVcard } from '../lib/export/export-contacts-vcard';
import { validateContact } from '../lib/rules/validate-contact';
import { readInput } from './read-input';
import { usageError } from './usage';

export const usage = 'export FILE.json --format csv|vcard [--out F]   export a JSON contact list';

const FORMATS = { csv: exportContactsCsv, vcard: exportContactsVcard } as const;

function contactItems(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null && Array.isArray((data as { contacts?: unknown }).contacts)) {
    return (data as { contacts: unknown[] }).contacts;
  }
  return null;
}

/** Validates every item; returns the contacts, or the problems as "Item N: …" lines. */
function contactsFromJson(data: unknown): { contacts: ContactFields[] } | { problems: string[] } {
  const items = contactItems(data);
  if (items === null) return { problems: ['The JSON must be an array of contacts or { "contacts": [...] }.'] };
  const contacts: ContactFields[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (typeof item === 'object' && item !== null && (item as { deleted?: unknown }).deleted === true) return;
    const { name, position, email, phones } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const result = validateContact(typeof item === 'object' && item !== null ? { name, position, email, phones } : item);
    if (result.ok) contacts.push(result.contact);
    else problems.push(...result.problems.map((problem) => `Item ${i + 1}: ${problem.message}`));
  });
  return problems.length === 0 ? { contacts } : { problems };
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'Missing FILE.json.' : `Expected one FILE, got ${positionals.length}.`, usage);
  const format = values.format;
  if (format !== 'csv' && format !== 'vcard') return usageError(`--format must be csv or vcard${format === undefined ? '' : `, not "${format}"`}.`, usage);
  const bytes = await readInput(positionals[0] ?? '');
  if (typeof bytes === 'string') return usageError(bytes, usage);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    process.stderr.write(`${positionals[0]} is not valid JSON (${(error as Error).message}). Fix the file and try again.\n`);
    return 1;
  }
  const result = contactsFromJson(data);
  if ('problems' in result) {
    process.stderr.write(`Nothing exported: fix these contacts first.\n${result.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  const text = FORMATS[format](result.contacts);
  if (values.out === undefined) process.stdout.write(text);
  else {
    await writeFile(values.out, text);
    process.stderr.write(`Exported ${result.contacts.length} contacts to ${values.out}.\n`);
  }
  return 0;
}
