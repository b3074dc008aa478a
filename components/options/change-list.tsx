/**
 * What a single-contact write changed (issue 11). An edit: one line a changed field, the old value struck and dimmed →
 * the new one, phones in display form; screen readers hear "was" / "now" (most do not announce del and ins). An added
 * contact: what it was given, on one line; a deleted one: what it held, struck. An entry written before the server
 * recorded changes says so.
 */
import { i18n } from '#i18n';
import type { AuditEntry } from '../../lib/api/api';
import { changeRows } from '../../lib/audit/change-rows';
import type { AuditField } from '../../lib/audit/contact-change';

const LABELS: Record<AuditField, () => string> = {
  name: () => i18n.t('fieldName'),
  position: () => i18n.t('fieldPosition'),
  email: () => i18n.t('fieldEmail'),
  phones: () => i18n.t('fieldPhones'),
};

export function ChangeList({ entry }: { entry: AuditEntry }) {
  if (!entry.action.startsWith('contact.')) return null;
  if (entry.change === undefined) return <div class="details change-unknown">{i18n.t('changeNotRecorded')}</div>;
  const rows = changeRows(entry.change);
  if (entry.action !== 'contact.update') {
    // What an added or deleted contact held, on one line: its name is already in the entry's sentence.
    const values = rows.filter((row) => row.field !== 'name').map((row) => row.after ?? row.before ?? '');
    if (values.length === 0) return null;
    const text = values.join(' · ');
    return <p class="details change-summary">{entry.action === 'contact.delete' ? <del class="change-old">{text}</del> : text}</p>;
  }
  if (rows.length === 0) return <div class="details">{i18n.t('changeNothing')}</div>;
  const value = (text: string) => (text === '' ? <span class="change-empty">{i18n.t('changeEmpty')}</span> : text);
  return (
    <ul class="changes">
      {rows.map((row) => (
        <li key={row.field} data-field={row.field}>
          <span class="change-field">{LABELS[row.field]()}</span>{' '}
          {row.before === undefined ? null : (
            <del class="change-old">
              <span class="visually-hidden">{i18n.t('changeWas')} </span>
              {value(row.before)}
            </del>
          )}
          {row.before !== undefined && row.after !== undefined ? (
            <span class="change-arrow" aria-hidden="true">
              {' → '}
            </span>
          ) : null}
          {row.after === undefined ? null : (
            <ins class="change-new">
              {row.before === undefined ? null : <span class="visually-hidden">{i18n.t('changeNow')} </span>}
              {value(row.after)}
            </ins>
          )}
        </li>
      ))}
    </ul>
  );
}
