/**
 * The console's directory table (issue 11): name, position, email and phones in display form, sortable by name and
 * by position (`aria-sort` on the header), and virtualised: only the rows in view exist, between two spacer rows that
 * keep the scroll bar true, so 10,000 contacts scroll as smoothly as 10. Rows have one fixed height (long values are
 * cut with an ellipsis and shown whole in a tooltip).
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { StoredContact } from '../../extension/storage/db';
import type { SortKey, SortOrder } from '../../lib/console/sort-contacts';
import { useVirtualRows } from '../../hooks/use-virtual-rows';

/** Must match `.directory-table tbody tr` in the options page's CSS. */
export const DIRECTORY_ROW_HEIGHT = 40;

export interface DirectoryTableProps {
  /** Already searched and sorted. */
  contacts: readonly StoredContact[];
  /** `null`: the search's own order (best match first). */
  sort: SortOrder | null;
  onSort: (key: SortKey) => void;
  /** Edit and delete buttons on each row; `null` for a read-only table (members). */
  actions: { onEdit: (contact: StoredContact) => void; onDelete: (contact: StoredContact) => void } | null;
}

export function DirectoryTable({ contacts, sort, onSort, actions }: DirectoryTableProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const { first, last, onScroll } = useVirtualRows(viewport, contacts.length, DIRECTORY_ROW_HEIGHT);
  const columns = actions ? 5 : 4;

  const header = (key: SortKey, label: string): ComponentChildren => {
    const direction = sort?.key === key ? sort.direction : undefined;
    return (
      <th scope="col" aria-sort={direction ?? 'none'} class={`col-${key}`}>
        <button type="button" class="sort" onClick={() => onSort(key)} id={`sort-${key}`}>
          {label}
          <span aria-hidden="true" class="sort-arrow">
            {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  };

  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index += 1) {
    const contact = contacts[index]!;
    const phones = contact.phones.map((phone) => phone.display).join(' · ');
    rows.push(
      <tr key={contact.id} aria-rowindex={index + 2} data-id={contact.id}>
        <td class="col-name" title={contact.name}>
          {contact.name}
        </td>
        <td class="col-position" title={contact.position}>
          {contact.position}
        </td>
        <td class="col-email" title={contact.email}>
          {contact.email}
        </td>
        <td class="col-phones" title={phones}>
          {phones}
        </td>
        {actions ? (
          <td class="col-actions">
            <button type="button" class="small" onClick={() => actions.onEdit(contact)} aria-label={i18n.t('editAria', [contact.name])}>
              {i18n.t('edit')}
            </button>
            <button type="button" class="small danger-text" onClick={() => actions.onDelete(contact)} aria-label={i18n.t('deleteAria', [contact.name])}>
              {i18n.t('delete')}
            </button>
          </td>
        ) : null}
      </tr>,
    );
  }

  return (
    <div class="table-viewport" ref={viewport} onScroll={onScroll} tabIndex={0} role="region" aria-labelledby="directory-title">
      <table class="directory-table" aria-rowcount={contacts.length + 1} id="directory-table">
        <thead>
          <tr aria-rowindex={1}>
            {header('name', i18n.t('fieldName'))}
            {header('position', i18n.t('fieldPosition'))}
            <th scope="col" class="col-email">
              {i18n.t('fieldEmail')}
            </th>
            <th scope="col" class="col-phones">
              {i18n.t('columnPhones')}
            </th>
            {actions ? (
              <th scope="col" class="col-actions">
                <span class="visually-hidden">{i18n.t('columnActions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? <tr aria-hidden="true" class="spacer" style={{ height: `${first * DIRECTORY_ROW_HEIGHT}px` }}><td colSpan={columns} /></tr> : null}
          {rows}
          {last < contacts.length ? (
            <tr aria-hidden="true" class="spacer" style={{ height: `${(contacts.length - last) * DIRECTORY_ROW_HEIGHT}px` }}>
              <td colSpan={columns} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
