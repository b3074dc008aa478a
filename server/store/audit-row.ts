/**
 * An audit table row as both stores read it (SQLite gives numbers as numbers, PostgreSQL's BIGINT as text), with
 * the import it names joined in, and the SQL both stores read it with (issue 11: filters and paging).
 */
import type { AuditAction, AuditChange, AuditEntry } from '../../lib/api/api';
import type { AuditSelection } from './store';

export interface AuditRow<Id extends number | string> {
  /** The entry's number in its organisation (the `seq` column, issue 10), not the table's global id. */
  id: Id;
  at: string;
  token: string;
  action: AuditAction;
  contact_ids: string;
  import_id: string | null;
  target_token: string | null;
  /** JSON of what a single-contact write changed; null on rows written before it was recorded (and other actions). */
  details: string | null;
  import_file: string | null;
  import_at: string | null;
  import_undone_at: string | null;
}

/** The entry `GET /api/v1/audit` lists for a row. */
export function toAuditEntry(row: AuditRow<number | string>): AuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    token: row.token,
    action: row.action,
    contactIds: JSON.parse(row.contact_ids) as string[],
    importId: row.import_id,
    ...(row.target_token === null ? {} : { targetToken: row.target_token }),
    ...(row.details === null ? {} : { change: JSON.parse(row.details) as AuditChange }),
    ...(row.import_file === null || row.import_at === null ? {} : { batch: { file: row.import_file, at: row.import_at, undoneAt: row.import_undone_at } }),
  };
}

/** How one store writes a parameter and "the entry names any of these contacts". */
export interface AuditDialect {
  param(index: number): string;
  anyContact(param: string): string;
  contactsValue(ids: readonly string[]): unknown;
}

/**
 * The page's statement and the count's (same filters, no cursor) for `selection` in organisation `orgId`. Every value
 * is a parameter; the organisation is always the first condition.
 */
export function auditStatements(orgId: string, selection: AuditSelection, dialect: AuditDialect) {
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return dialect.param(values.length);
  };
  const filters = [`a.org_id = ${bind(orgId)}`];
  if (selection.token !== undefined) filters.push(`a.token = ${bind(selection.token)}`);
  if (selection.importId !== undefined) filters.push(`a.import_id = ${bind(selection.importId)}`);
  if (selection.action !== undefined) filters.push(`a.action = ${bind(selection.action)}`);
  if (selection.contactIds !== undefined) filters.push(dialect.anyContact(bind(dialect.contactsValue(selection.contactIds))));
  const countValues = [...values];
  const count = `SELECT COUNT(*) AS total FROM audit a WHERE ${filters.join(' AND ')}`;
  const page = [...filters];
  if (selection.order !== 'desc') {
    page.push(`a.seq > ${bind(selection.afterId ?? 0)}`);
    if (selection.since !== undefined && selection.since !== '') page.push(`a.at > ${bind(selection.since)}`);
  } else if (selection.beforeId !== undefined) {
    page.push(`a.seq < ${bind(selection.beforeId)}`);
  }
  const text =
    'SELECT a.seq AS id, a.at, a.token, a.action, a.contact_ids, a.import_id, a.target_token, a.details, ' +
    'i.file AS import_file, i.created_at AS import_at, i.undone_at AS import_undone_at ' +
    'FROM audit a LEFT JOIN imports i ON i.org_id = a.org_id AND i.id = a.import_id ' +
    `WHERE ${page.join(' AND ')} ORDER BY a.seq ${selection.order === 'desc' ? 'DESC' : 'ASC'} LIMIT ${bind(selection.limit + 1)}`;
  return { page: { text, values }, count: { text: count, values: countValues } };
}

/** The page from the rows read (one more than the limit, telling `more`). */
export function auditPage(rows: AuditRow<number | string>[], selection: AuditSelection, total?: number) {
  const page = rows.slice(0, selection.limit);
  const cursor = selection.order === 'desc' ? (selection.beforeId ?? 0) : (selection.afterId ?? 0);
  return {
    entries: page.map(toAuditEntry),
    lastId: page.length === 0 ? cursor : Number(page.at(-1)!.id),
    more: rows.length > selection.limit,
    ...(total === undefined ? {} : { total }),
  };
}
