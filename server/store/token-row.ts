/** A tokens table row as both stores hold it, and the record the server works with. */
import type { Role } from '../../lib/api/api';
import type { TokenRecord } from './store';

export interface TokenRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
  last_used_at: string | null;
  owner_id: string | null;
}

export function toTokenRecord(row: TokenRow): TokenRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    ownerId: row.owner_id,
  };
}
