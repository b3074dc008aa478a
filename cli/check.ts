/**
 * `company-contacts check FILE [--json] [--default-country CC] [--max-contacts N]`: checks a contacts file (our CSV, a
 * Google Contacts or Outlook CSV, a vCard; issue 13) with the import rules of lib/ and prints the report (one JSON
 * object with --json, with the `format` it was read as, else a readable summary saying what was recognised). Exit 0 when the file is
 * accepted (even with rejected lines), 1 when refused, 2 on usage errors.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContactsFile } from '../lib/import/check-contacts-file';
import { describeImport } from '../lib/import/describe-import';
import type { ImportReport, LineProblem } from '../lib/contact/contact';
import { isKnownCountry } from '../lib/phone/phone';
import { escapeControlCharacters } from './escape-control-characters';
import { readInput } from './read-input';
import { usageError } from './usage';

export const usage = 'check FILE [--json] [--default-country CC] [--max-contacts N]   check a contacts file (.csv: ours, Google, Outlook; .vcf: vCard)';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The readable report; every value from the file (its name included) with its control characters escaped. */
function summary(report: ImportReport): string {
  const file = escapeControlCharacters(report.file);
  if (!report.ok) return `${file}: refused. ${escapeControlCharacters(report.error?.message ?? '')}\n`;
  // Our own CSV needs no word on how it was read; another format says what was recognised and how (issue 13).
  const { recognised, mapping } = describeImport(report, 'en');
  const read = mapping === null ? '' : `${escapeControlCharacters(`${recognised} ${mapping}`)}\n`;
  const counts = [
    plural(report.contacts.length, 'new contact'),
    plural(report.updates.length, 'update'),
    plural(report.rejected.length, 'rejected line'),
    plural(report.duplicates.length, 'duplicate'),
    plural(report.blank, 'blank line'),
    plural(report.warnings.length, 'warning'),
  ];
  const section = (title: string, items: readonly { message: string }[]) =>
    items.length === 0 ? '' : `\n${title}:\n${items.map((item) => `  ${escapeControlCharacters(item.message)}`).join('\n')}\n`;
  return (
    `${file}: accepted. ${counts.join(', ')}.\n${read}` +
    section('Rejected', report.rejected) +
    section('Duplicates', report.duplicates) +
    section('Warnings', report.warnings as LineProblem[])
  );
}

/** The report in the issue's key order: file, ok, error, contacts, then the rest, then what the file was read as (issue 13). */
function json(report: ImportReport): string {
  const { file, ok, error, contacts, updates, rejected, duplicates, warnings, blank, format, mapping } = report;
  return `${JSON.stringify({ file, ok, error, contacts, updates, rejected, duplicates, warnings, blank, format: format ?? null, mapping }, null, 2)}\n`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'default-country': { type: 'string' }, 'max-contacts': { type: 'string' } },
  });
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'Missing FILE.' : `Expected one FILE, got ${positionals.length}.`, usage);
  const path = positionals[0] ?? '';
  const country = values['default-country']?.toUpperCase();
  if (country !== undefined && !isKnownCountry(country)) {
    return usageError(`Unknown country "${values['default-country']}": give an ISO 3166 two-letter code such as FR or DE.`, usage);
  }
  // The limit is a parameter (issue 2): a server may allow more or fewer than 1,000 lines per upload.
  const max = values['max-contacts'];
  if (max !== undefined && !/^[1-9]\d{0,6}$/.test(max)) {
    return usageError(`--max-contacts "${max}" is not a whole number of contacts: give one such as 1000.`, usage);
  }
  const bytes = await readInput(path);
  if (typeof bytes === 'string') return usageError(bytes, usage);
  const options = {
    ...(country === undefined ? {} : { defaultCountry: country }),
    ...(max === undefined ? {} : { maxContacts: Number(max) }),
  };
  const report = checkContactsFile({ name: basename(path), bytes }, options);
  process.stdout.write(values.json ? json(report) : summary(report));
  return report.ok ? 0 : 1;
}
