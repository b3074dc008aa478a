/** An audit table row as both stores hold it (SQLite gives the id as a number, PostgreSQL's BIGSERIAL as text). */
import type { AuditAction, AuditEntry } from '../../lib/api/api';

export interface AuditRow<Id extends number | string> {
  id: Id;
  at: string;
  token: string;
  action: AuditAction;
  contact_ids: string;
  import_id: string | null;
  target_token: string | null;
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
  };
}
