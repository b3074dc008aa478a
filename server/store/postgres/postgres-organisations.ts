/**
 * What the PostgreSQL store does outside any one organisation (issue 10): find a token by its hash (before its
 * organisation is known: `tokens` stays outside row-level security for this), and list, find and create organisations.
 */
import type pg from 'pg';
import type { CallerToken, Organisation, OrganisationSummary } from '../store';
import { switchOrg } from './org-scope';
import { toTokenRecord as toToken, type TokenRow } from '../token-row';

interface OrganisationRow {
  id: string;
  name: string;
  created_at: string;
}

const toOrganisation = (row: OrganisationRow): Organisation => ({ id: row.id, name: row.name, createdAt: row.created_at });

export function postgresOrganisations(pool: pg.Pool) {
  return {
    async findToken(hash: string): Promise<CallerToken | undefined> {
      // One indexed probe; the store keeps what it finds for TOKEN_CACHE_MS (open-postgres-store.ts).
      const { rows } = await pool.query<TokenRow & { org_id: string; org_name: string }>({
        name: 'token-by-hash',
        text: `SELECT t.id, t.name, t.role, t.created_at, t.revoked_at, t.expires_at, t.last_used_at, t.owner_id, t.org_id, o.name AS org_name
               FROM tokens t JOIN organisations o ON o.id = t.org_id WHERE t.hash = $1 AND t.revoked_at IS NULL`,
        values: [hash],
      });
      const row = rows[0];
      return row && { ...toToken(row), organisation: { id: row.org_id, name: row.org_name } };
    },
    async find(name: string): Promise<Organisation | undefined> {
      const { rows } = await pool.query<OrganisationRow>('SELECT id, name, created_at FROM organisations WHERE name = $1', [name]);
      return rows[0] && toOrganisation(rows[0]);
    },
    async create({ id, name, createdAt }: Organisation): Promise<boolean> {
      const result = await pool.query('INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [id, name, createdAt]);
      return (result.rowCount ?? 0) > 0;
    },
    /** Counts contacts organisation by organisation, each under its own `app.org_id`: row-level security allows no other way. */
    async list(): Promise<OrganisationSummary[]> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN READ ONLY');
        const { rows } = await client.query<OrganisationRow & { tokens: string }>(
          `SELECT o.id, o.name, o.created_at,
             (SELECT COUNT(*) FROM tokens t WHERE t.org_id = o.id AND t.revoked_at IS NULL) AS tokens
           FROM organisations o ORDER BY o.created_at COLLATE "C", o.name COLLATE "C"`,
        );
        const summaries: OrganisationSummary[] = [];
        for (const row of rows) {
          await switchOrg(client, row.id);
          const counted = await client.query<{ contacts: string }>('SELECT COUNT(*) AS contacts FROM contacts WHERE org_id = $1 AND NOT deleted', [row.id]);
          summaries.push({ ...toOrganisation(row), contacts: Number(counted.rows[0]!.contacts), tokens: Number(row.tokens) });
        }
        await client.query('COMMIT');
        return summaries;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}
