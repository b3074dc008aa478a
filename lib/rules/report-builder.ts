/**
 * Collects the outcome of every record of one import into an {@link ImportReport}, and applies the duplicate
 * rule (lib/contact/find-duplicate.ts) within the file and against the existing directory, under the admin's policy.
 * Each record lands in exactly one of contacts, updates, rejected, duplicates or blank.
 */
import type { ContactFields, FileError, ImportReport, LineProblem, MessageParams, ReportContact, ReportDuplicate } from '../contact/contact';
import { createAcceptedLines } from './accepted-lines';
import type { CheckOptions } from './check-options';
import { findDuplicate } from '../contact/find-duplicate';
import { lineProblem } from './line-problem';
import { formatMessage } from '../messages/messages';

export interface ReportBuilder {
  blank(): void;
  reject(problem: LineProblem): void;
  accept(line: number, contact: ContactFields, warnings: LineProblem[]): void;
  finish(): ImportReport;
}

/** A refused file: nothing imported, `error` says why. */
export function refusedReport(file: string, code: string, params: MessageParams = {}): ImportReport {
  const error: FileError = { code, params: { file, ...params }, message: formatMessage(code, { file, ...params }, 'en') };
  return { file, ok: false, error, contacts: [], updates: [], rejected: [], duplicates: [], warnings: [], blank: 0 };
}

/**
 * `{ line, ...contact }`, built as one literal per shape: compact objects, the same keys in the same order.
 * `positions` holds one copy of each position (a team has few: "Engineer" on thousands of lines).
 */
function reportContact(line: number, contact: ContactFields, positions: Map<string, string>): ReportContact {
  const { name, email, phones } = contact;
  if (contact.position === undefined) return email === undefined ? { line, name, phones } : { line, name, email, phones };
  let position = positions.get(contact.position);
  if (position === undefined) positions.set(contact.position, (position = contact.position));
  return email === undefined ? { line, name, position, phones } : { line, name, position, email, phones };
}

/** Starts the report of one import; `accept` applies the duplicate rule under `options.onDuplicate`. */
export function createReportBuilder(file: string, options: CheckOptions): ReportBuilder {
  const report: ImportReport = { file, ok: true, error: null, contacts: [], updates: [], rejected: [], duplicates: [], warnings: [], blank: 0 };
  // Lines accepted so far, as a directory whose ids are their line numbers.
  const accepted = createAcceptedLines();
  const updatedBy = new Map<string, number>();
  const positions = new Map<string, string>();
  const policy = options.onDuplicate ?? 'skip';

  function duplicate(line: number, of: ReportDuplicate['of'], code: string, params: MessageParams): void {
    const full = { line, ...params };
    report.duplicates.push({ line, of, code, params: full, message: formatMessage(code, full, 'en') });
  }

  return {
    blank: () => void report.blank++,
    reject: (problem) => void report.rejected.push(problem),
    accept(line, contact, warnings) {
      const inFile = findDuplicate(contact, accepted);
      if (inFile?.kind === 'same') {
        const ofLine = Number(inFile.of.id);
        return duplicate(line, { line: ofLine }, 'duplicate-of-line', { ofLine, reason: inFile.reason });
      }
      const inDirectory = options.existing ? findDuplicate(contact, options.existing) : null;
      if (inDirectory?.kind === 'same') {
        const { id, name } = inDirectory.of;
        const earlier = updatedBy.get(id);
        if (earlier !== undefined) return duplicate(line, { line: earlier }, 'duplicate-of-line', { ofLine: earlier, reason: inDirectory.reason });
        if (policy === 'skip') return duplicate(line, { id }, 'duplicate-of-existing', { id, name, reason: inDirectory.reason });
        updatedBy.set(id, line);
        const update = { line, id, ...contact };
        report.updates.push(update);
        accepted.add(update);
      } else {
        const added = reportContact(line, contact, positions);
        report.contacts.push(added);
        accepted.add(added);
      }
      report.warnings.push(...warnings);
      const shared = inFile ?? inDirectory;
      if (shared?.kind === 'shared-phone') {
        const display = contact.phones.find((phone) => phone.number === shared.phone)?.display ?? shared.phone;
        const params: MessageParams = { display, number: shared.phone, withName: shared.of.name };
        if (shared === inFile) params.withLine = Number(shared.of.id);
        else params.withId = shared.of.id;
        report.warnings.push(lineProblem(line, undefined, 'shared-phone', params));
      }
    },
    finish: () => report,
  };
}
