/**
 * The history of imports (issue 11): when, by whom, which file, how many contacts, and an Undo while it still applies
 * (an undone import shows "Undone"; contacts changed since an import are left alone and counted by the undo's own
 * answer). Server mode reads it from the audit log, local mode from this browser's kept batches.
 */
import { i18n } from '#i18n';
import { useUndoImport } from '../../hooks/use-undo-import';
import type { UndoResponse } from '../../lib/api/api';

export interface ImportHistoryItem {
  id: string;
  /** ISO 8601. */
  at: string;
  /** The token that imported; `null` in local mode (this browser). */
  who: string | null;
  /** The file's name, when known. */
  file: string | null;
  /** Contacts the import created or updated. */
  count: number;
  undone: boolean;
}

export interface ImportHistoryProps {
  items: readonly ImportHistoryItem[] | null;
  /** Older imports exist than those listed: the Activity section lists them all. */
  more: boolean;
  /** Why the history could not be read, if it could not. */
  problem: string | null;
  formatDate: (iso: string) => string;
  onUndo: (importId: string) => Promise<UndoResponse>;
}

export function ImportHistory({ items, more, problem, formatDate, onUndo }: ImportHistoryProps) {
  const { status, busy, undo: undoImport } = useUndoImport(onUndo);
  const undo = (item: ImportHistoryItem) => undoImport(item.id);

  return (
    <section aria-labelledby="history-title" class="card">
      <h3 id="history-title">{i18n.t('historyTitle')}</h3>
      {problem ? (
        <p class="error" role="alert">
          {i18n.t('historyFailed', [problem])}
        </p>
      ) : items === null ? (
        <p class="hint">{i18n.t('loading')}</p>
      ) : items.length === 0 ? (
        <div class="empty-state">
          <p>{i18n.t('historyEmpty')}</p>
        </div>
      ) : (
        <div class="table-scroll" tabIndex={0}>
          <table id="history-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t('columnWhen')}</th>
                {items.some((item) => item.who !== null) ? <th scope="col">{i18n.t('columnWho')}</th> : null}
                {items.some((item) => item.file !== null) ? <th scope="col">{i18n.t('columnFile')}</th> : null}
                <th scope="col" class="number">
                  {i18n.t('columnContacts')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t('columnActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-import={item.id}>
                  <td>{formatDate(item.at)}</td>
                  {items.some((other) => other.who !== null) ? <td>{item.who}</td> : null}
                  {items.some((other) => other.file !== null) ? <td>{item.file}</td> : null}
                  <td class="number">{uiCount(item.count)}</td>
                  <td>
                    {item.undone ? (
                      <span class="badge">{i18n.t('importUndone')}</span>
                    ) : (
                      <button
                        type="button"
                        class="small secondary"
                        disabled={busy !== null}
                        onClick={() => undo(item)}
                        aria-label={i18n.t('undoImportAria', [formatDate(item.at)])}
                      >
                        {i18n.t('undoUpload')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && items !== null && items.length > 0 ? (
        <p class="hint" id="history-more">
          {i18n.t('historyMore', [uiCount(items.length)])} <a href="#activity">{i18n.t('historyMoreLink')}</a>
        </p>
      ) : null}
      <p role="status" id="history-status" class={status?.error ? 'error' : ''}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
