/**
 * Collects the outcome of every record of one import into an {@link ImportReport}, and applies the duplicate
 * rule (lib/find-duplicate.ts) within the file and against the existing directory, under the admin's policy.
 * Each record lands in exactly one of contacts, updates, rejected, duplicates or blank.
 */
import type { ContactFields, FileError, ImportReport, LineProblem, MessageParams, ReportDuplicate } from './contact';
import type { CheckOptions } from './check-options';
import { createMemoryDirectory } from './directory-lookup';
import { findDuplicate } from './find-duplicate';
import { lineProblem } from './line-problem';
import { formatMessage } from './messages';
import { formatPhoneForDisplay } from './phone';

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

/** Starts the report of one import; `accept` applies the duplicate rule under `options.onDuplicate`. */
export function createReportBuilder(file: string, options: CheckOptions): ReportBuilder {
  const report: ImportReport = { file, ok: true, error: null, contacts: [], updates: [], rejected: [], duplicates: [], warnings: [], blank: 0 };
  // Lines accepted so far, as a directory whose ids are their line numbers.
  const accepted = createMemoryDirectory();
  const updatedBy = new Map<string, number>();
  const policy = options.onDuplicate ?? 'skip';

  function duplicate(line: number, of: ReportDuplicate['of'], code: string, params: MessageParams): void {
    const full = { line, ...params };
    report.duplicates.push({ line, of, code, params: full, message: formatMessage(code, full, 'en') });
  }

  function remember(line: number, contact: ContactFields): void {
    accepted.add({ id: String(line), name: contact.name, ...(contact.email ? { email: contact.email } : {}), phones: contact.phones });
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
        report.updates.push({ line, id, ...contact });
      } else {
        report.contacts.push({ line, ...contact });
      }
      remember(line, contact);
      report.warnings.push(...warnings);
      const shared = inFile ?? inDirectory;
      if (shared?.kind === 'shared-phone') {
        const params: MessageParams = { display: formatPhoneForDisplay(shared.phone), number: shared.phone, withName: shared.of.name };
        if (shared === inFile) params.withLine = Number(shared.of.id);
        else params.withId = shared.of.id;
        report.warnings.push(lineProblem(line, undefined, 'shared-phone', params));
      }
    },
    finish: () => report,
  };
}
