/**
 * The console's Activity section (issue 11): the audit log, newest first — when, who, what, before → after for a
 * contact's edits — with import batches, their counts and an Undo while it still applies; filtered by person, contact
 * and import on the server; 25 entries at a time with "Load more". Dates and counts in the reader's language.
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import { uiCount } from '../ui-count';
import { ChangeList } from './change-list';
import { useUndoImport } from '../../hooks/use-undo-import';
import type { Activity } from '../../hooks/use-activity';
import type { AuditEntry, UndoResponse } from '../../lib/api/api';

export interface ActivitySectionProps {
  activity: Activity;
  /** Names of the contacts in the directory now, by id (a deleted contact has none). */
  names: ReadonlyMap<string, string>;
  formatDate: (iso: string) => string;
  onUndo: (importId: string) => Promise<UndoResponse>;
}

export function ActivitySection({ activity, names, formatDate, onUndo }: ActivitySectionProps) {
  const { log, filter, setFilter, contact, people, imports } = activity;
  const { status, busy: undoing, undo: undoImport } = useUndoImport(onUndo);
  const busy = undoing !== null;
  const entries = log.entries;
  const filtered = filter.person !== '' || contact.kind !== 'any' || filter.importId !== '';
  // "Load more" goes away with the last page: the focus it held moves to the count of entries shown, not to the page.
  const shownRef = useRef<HTMLSpanElement>(null);
  const moreClicked = useRef(false);
  useEffect(() => {
    if (!moreClicked.current || log.loadingMore) return;
    moreClicked.current = false;
    if (!log.more) shownRef.current?.focus();
  }, [log.loadingMore, log.more]);

  return (
    <>
      <div class="section-head">
        <div>
          <h2 id="activity-title" tabIndex={-1}>
            {i18n.t('activityTitle')}
          </h2>
          <p class="hint" id="activity-count" aria-live="polite">
            {entries === null ? '' : i18n.t('activityCount', log.total, [uiCount(log.total)])}
          </p>
        </div>
      </div>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={i18n.t('activityFilters')}>
        <div class="field">
          <label for="filter-person">{i18n.t('filterPerson')}</label>
          <select id="filter-person" value={filter.person} onChange={(e) => setFilter({ person: e.currentTarget.value })}>
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
          <input
            id="filter-contact"
            type="search"
            autocomplete="off"
            value={filter.contact}
            aria-describedby="filter-contact-hint"
            onInput={(e) => setFilter({ contact: e.currentTarget.value })}
          />
          <p class="hint" id="filter-contact-hint" aria-live="polite">
            {contact.kind === 'too-many'
              ? i18n.t('contactFilterTooMany', contact.count, [uiCount(contact.count)])
              : contact.kind === 'none'
                ? i18n.t('contactFilterNone', [filter.contact.trim()])
                : ''}
          </p>
        </div>
        <div class="field">
          <label for="filter-import">{i18n.t('filterImport')}</label>
          <select id="filter-import" value={filter.importId} onChange={(e) => setFilter({ importId: e.currentTarget.value })}>
            <option value="">{i18n.t('filterAnyWrite')}</option>
            {imports.map((entry) => (
              <option key={entry.importId} value={entry.importId!}>
                {i18n.t('importOption', entry.contactIds.length, [formatDate(entry.at), entry.token, uiCount(entry.contactIds.length)])}
              </option>
            ))}
          </select>
        </div>
      </form>
      {log.problem ? (
        <p class="error" role="alert" id="activity-problem">
          {i18n.t('activityFailed', [log.problem])}
        </p>
      ) : null}
      {entries === null ? (
        log.problem ? null : <p class="hint">{i18n.t('loading')}</p>
      ) : entries.length === 0 ? (
        <div class="empty-state" id="activity-empty">
          <p class="empty-title">{filtered ? i18n.t('activityNoMatch') : i18n.t('activityEmpty')}</p>
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
              {entries.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td class="nowrap">{formatDate(entry.at)}</td>
                  <td class="strong">{entry.token}</td>
                  <td>
                    <div>{describe(entry, names, formatDate)}</div>
                    {entry.action === 'import' && entry.batch ? <div class="details">{entry.batch.file}</div> : null}
                    {entry.contactIds.length > 1 ? <div class="details">{contactList(entry, names)}</div> : null}
                    <ChangeList entry={entry} />
                  </td>
                  <td class="col-actions">
                    {entry.action === 'import' && entry.importId !== null && entry.batch ? (
                      entry.batch.undoneAt !== null ? (
                        <span class="badge">{i18n.t('importUndone')}</span>
                      ) : (
                        <button
                          type="button"
                          class="small secondary"
                          disabled={busy}
                          onClick={() => undoImport(entry.importId!)}
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
      {entries !== null && entries.length > 0 ? (
        <div class="pager">
          <span id="activity-shown" ref={shownRef} tabIndex={-1} aria-live="polite">
            {i18n.t('activityShown', log.total, [uiCount(entries.length), uiCount(log.total)])}
          </span>
          {log.more ? (
            <button
              type="button"
              class="secondary"
              id="activity-more"
              // Not disabled while loading: a disabled button would drop the keyboard focus (loadMore ignores a second click).
              aria-disabled={log.loadingMore}
              aria-busy={log.loadingMore}
              onClick={() => {
                moreClicked.current = true;
                log.loadMore();
              }}
            >
              {log.loadingMore ? i18n.t('loading') : i18n.t('activityMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** The contact's name now, else the one its entry recorded (a deleted contact), else a placeholder. */
function nameOf(id: string, names: ReadonlyMap<string, string>, entry?: AuditEntry): string {
  return names.get(id) ?? entry?.change?.before?.name ?? entry?.change?.after?.name ?? i18n.t('deletedContact');
}

function contactList(entry: AuditEntry, names: ReadonlyMap<string, string>): string {
  const ids = entry.contactIds;
  const first = ids.slice(0, 5).map((id) => nameOf(id, names));
  return ids.length > 5 ? i18n.t('andMore', ids.length - 5, [first.join(', '), uiCount(ids.length - 5)]) : first.join(', ');
}

/** One sentence for an entry; an unknown action shows its code. */
function describe(entry: AuditEntry, names: ReadonlyMap<string, string>, formatDate: (iso: string) => string): string {
  const one = entry.contactIds[0] === undefined ? '' : nameOf(entry.contactIds[0], names, entry);
  // An added or deleted contact is named as it was then; an edited one as it is now (its old name is in the change).
  const then = entry.change?.after?.name ?? entry.change?.before?.name ?? one;
  const count = entry.contactIds.length;
  const target = entry.targetToken ?? '';
  switch (entry.action) {
    case 'contact.create':
      return i18n.t('auditCreate', [then]);
    case 'contact.update':
      return i18n.t('auditUpdate', [one]);
    case 'contact.delete':
      return i18n.t('auditDelete', [then]);
    case 'import':
      return i18n.t('auditImport', count, [uiCount(count)]);
    case 'import.undo':
      return i18n.t('auditUndo', count, [entry.batch ? formatDate(entry.batch.at) : '?', uiCount(count)]);
    case 'token.create':
      return i18n.t('auditTokenCreated', [target]);
    case 'token.revoke':
      return i18n.t('auditTokenRevoked', [target]);
    default:
      return entry.action;
  }
}
