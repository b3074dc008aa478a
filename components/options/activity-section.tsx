/**
 * The console's Activity section (issue 11): the audit log, newest first — when, who, what, which contacts — with
 * import batches, their counts and an Undo while it still applies; filtered by person, contact and import; paged.
 * Dates and counts in the reader's language.
 */
import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { uiCount } from '../ui-count';
import { undoFailure } from './undo-failure';
import type { AuditEntry, UndoResponse } from '../../lib/api/api';
import { auditImports, auditPeople, undoneImports } from '../../lib/audit/audit-facets';
import { filterAudit } from '../../lib/audit/filter-audit';
import { foldCaseAndAccents } from '../../lib/contact/fold-case-and-accents';

export const ACTIVITY_PAGE = 25;

export interface ActivitySectionProps {
  /** Newest first; `null` while loading. */
  entries: readonly AuditEntry[] | null;
  problem: string | null;
  /** Names of the contacts in the directory now, by id (a deleted contact has none). */
  names: ReadonlyMap<string, string>;
  formatDate: (iso: string) => string;
  onUndo: (importId: string) => Promise<UndoResponse>;
}

export function ActivitySection({ entries, problem, names, formatDate, onUndo }: ActivitySectionProps) {
  const [person, setPerson] = useState('');
  const [contact, setContact] = useState('');
  const [importId, setImportId] = useState('');
  const [page, setPage] = useState(0);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const all = entries ?? [];
  const people = useMemo(() => auditPeople(all), [entries]);
  const imports = useMemo(() => auditImports(all), [entries]);
  const undone = useMemo(() => undoneImports(all), [entries]);
  const contactIds = useMemo(() => matchingIds(names, contact), [names, contact]);
  const found = useMemo(() => filterAudit(all, { person, contactIds, importId }), [entries, person, contactIds, importId]);
  const pages = Math.max(1, Math.ceil(found.length / ACTIVITY_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = found.slice(current * ACTIVITY_PAGE, (current + 1) * ACTIVITY_PAGE);
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(0);
  };

  const undo = (entry: AuditEntry) => {
    if (entry.importId === null) return;
    setBusy(true);
    setStatus({ text: i18n.t('undoing'), error: false });
    onUndo(entry.importId)
      .then(
        (answer) => setStatus({ text: i18n.t('undoDone', answer.undone.length, [uiCount(answer.undone.length), uiCount(answer.skipped.length)]), error: false }),
        (error: unknown) => setStatus({ text: i18n.t('undoFailed', [undoFailure(error)]), error: true }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <>
      <div class="section-head">
        <div>
          <h2 id="activity-title" tabIndex={-1}>
            {i18n.t('activityTitle')}
          </h2>
          <p class="hint" id="activity-count" aria-live="polite">
            {entries === null ? '' : i18n.t('activityCount', found.length, [uiCount(found.length)])}
          </p>
        </div>
      </div>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={i18n.t('activityFilters')}>
        <div class="field">
          <label for="filter-person">{i18n.t('filterPerson')}</label>
          <select id="filter-person" value={person} onChange={(e) => filter(setPerson)(e.currentTarget.value)}>
            <option value="">{i18n.t('filterEveryone')}</option>
            {people.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-contact">{i18n.t('filterContact')}</label>
          <input id="filter-contact" type="search" autocomplete="off" value={contact} onInput={(e) => filter(setContact)(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="filter-import">{i18n.t('filterImport')}</label>
          <select id="filter-import" value={importId} onChange={(e) => filter(setImportId)(e.currentTarget.value)}>
            <option value="">{i18n.t('filterAnyWrite')}</option>
            {imports.map((entry) => (
              <option key={entry.importId} value={entry.importId!}>
                {i18n.t('importOption', entry.contactIds.length, [formatDate(entry.at), entry.token, uiCount(entry.contactIds.length)])}
              </option>
            ))}
          </select>
        </div>
      </form>
      {problem ? (
        <p class="error" role="alert" id="activity-problem">
          {i18n.t('activityFailed', [problem])}
        </p>
      ) : entries === null ? (
        <p class="hint">{i18n.t('loading')}</p>
      ) : shown.length === 0 ? (
        <div class="empty-state" id="activity-empty">
          <p class="empty-title">{all.length === 0 ? i18n.t('activityEmpty') : i18n.t('activityNoMatch')}</p>
        </div>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="activity-title">
          <table id="activity-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t('columnWhen')}</th>
                <th scope="col">{i18n.t('columnWho')}</th>
                <th scope="col">{i18n.t('columnWhat')}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('columnActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td class="nowrap">{formatDate(entry.at)}</td>
                  <td class="strong">{entry.token}</td>
                  <td>
                    <div>{describe(entry, names, formatDate, imports)}</div>
                    {entry.contactIds.length > 1 ? <div class="details">{contactList(entry.contactIds, names)}</div> : null}
                  </td>
                  <td class="col-actions">
                    {entry.action === 'import' && entry.importId !== null ? (
                      undone.has(entry.importId) ? (
                        <span class="badge">{i18n.t('importUndone')}</span>
                      ) : (
                        <button
                          type="button"
                          class="small secondary"
                          disabled={busy}
                          onClick={() => undo(entry)}
                          aria-label={i18n.t('undoImportAria', [formatDate(entry.at)])}
                        >
                          {i18n.t('undoUpload')}
                        </button>
                      )
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" id="activity-status" class={status?.error ? 'error' : ''}>
        {status?.text ?? ''}
      </p>
      {pages > 1 ? (
        <nav class="pager" aria-label={i18n.t('activityPages')}>
          <button type="button" class="secondary" disabled={current === 0} onClick={() => setPage(current - 1)} id="activity-newer">
            {i18n.t('pageNewer')}
          </button>
          <span id="activity-page">{i18n.t('pageOf', [uiCount(current + 1), uiCount(pages)])}</span>
          <button type="button" class="secondary" disabled={current === pages - 1} onClick={() => setPage(current + 1)} id="activity-older">
            {i18n.t('pageOlder')}
          </button>
        </nav>
      ) : null}
    </>
  );
}

/** The ids of the contacts whose name holds `text` (case and accents ignored); `null` for no contact filter. */
function matchingIds(names: ReadonlyMap<string, string>, text: string): Set<string> | null {
  const wanted = foldCaseAndAccents(text.trim());
  if (wanted === '') return null;
  const ids = new Set<string>();
  for (const [id, name] of names) if (foldCaseAndAccents(name).includes(wanted)) ids.add(id);
  return ids;
}

function nameOf(id: string, names: ReadonlyMap<string, string>): string {
  return names.get(id) ?? i18n.t('deletedContact');
}

function contactList(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  const first = ids.slice(0, 5).map((id) => nameOf(id, names));
  return ids.length > 5 ? i18n.t('andMore', ids.length - 5, [first.join(', '), uiCount(ids.length - 5)]) : first.join(', ');
}

/** One sentence for an entry. Token actions come with the tokens API (issue 11); an unknown action shows its code. */
function describe(entry: AuditEntry, names: ReadonlyMap<string, string>, formatDate: (iso: string) => string, imports: readonly AuditEntry[]): string {
  const one = entry.contactIds[0] === undefined ? '' : nameOf(entry.contactIds[0], names);
  const count = entry.contactIds.length;
  const target = entry.targetToken ?? '';
  switch (entry.action) {
    case 'contact.create':
      return i18n.t('auditCreate', [one]);
    case 'contact.update':
      return i18n.t('auditUpdate', [one]);
    case 'contact.delete':
      return i18n.t('auditDelete', [one]);
    case 'import':
      return i18n.t('auditImport', count, [uiCount(count)]);
    case 'import.undo': {
      const original = imports.find((other) => other.importId === entry.importId);
      return i18n.t('auditUndo', count, [original ? formatDate(original.at) : '?', uiCount(count)]);
    }
    case 'token.create':
      return i18n.t('auditTokenCreated', [target]);
    case 'token.revoke':
      return i18n.t('auditTokenRevoked', [target]);
    default:
      return entry.action;
  }
}
