/** The organisations of a SQLite store (issue 10): listed with their counts, found by name, created. */
import type Database from 'better-sqlite3';
import type { Organisation, OrganisationSummary } from '../store';

interface OrganisationRow {
  id: string;
  name: string;
  created_at: string;
}

const toOrganisation = (row: OrganisationRow): Organisation => ({ id: row.id, name: row.name, createdAt: row.created_at });

export function sqliteOrganisations(reader: Database.Database, writer: Database.Database) {
  const list = reader.prepare<[], OrganisationRow & { contacts: number; tokens: number }>(
    `SELECT o.*,
       (SELECT COUNT(*) FROM contacts c WHERE c.org_id = o.id AND c.deleted = 0) AS contacts,
       (SELECT COUNT(*) FROM tokens t WHERE t.org_id = o.id AND t.revoked_at IS NULL) AS tokens
     FROM organisations o ORDER BY o.created_at, o.name`,
  );
  const byName = reader.prepare<[string], OrganisationRow>('SELECT * FROM organisations WHERE name = ?');
  const insert = writer.prepare('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING');
  return {
    list: (): OrganisationSummary[] => list.all().map((row) => ({ ...toOrganisation(row), contacts: row.contacts, tokens: row.tokens })),
    find: (name: string): Organisation | undefined => {
      const row = byName.get(name);
      return row && toOrganisation(row);
    },
    /** In the caller's write transaction; false when the name is taken. */
    create: ({ id, name, createdAt }: Organisation): boolean => insert.run(id, name, createdAt).changes > 0,
  };
}
