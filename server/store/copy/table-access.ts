/**
 * Raw access to a store's tables for `store copy` (issue 10): every row as stored (ids, versions, seqs, tombstones,
 * token hashes), organisation by organisation, so PostgreSQL's row-level security is satisfied on both ends.
 */
export type Row = Record<string, unknown>;

/** Rows read, and written, at a time by `store copy`: a statement of a few MB at most. */
export const COPY_BATCH = 2_000;

/** Every row of a table (the organisations: a few). */
export async function allRows(access: TableAccess, table: TableName): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of access.batches(table, null)) rows.push(...batch);
  return rows;
}

/** The tables a directory is made of, parents first (foreign keys), and whether each one's rows belong to an organisation. */
export const COPIED_TABLES = [
  { name: 'organisations', scoped: false },
  { name: 'tokens', scoped: false },
  { name: 'contacts', scoped: true },
  { name: 'contact_phones', scoped: true },
  { name: 'imports', scoped: true },
  { name: 'import_items', scoped: true },
  { name: 'audit', scoped: true },
  { name: 'idempotency', scoped: true },
] as const;

export type TableName = (typeof COPIED_TABLES)[number]['name'];

export interface TableAccess {
  /** Where it is, safe to print. */
  where: string;
  /** Every table of the database but the migrations' own (a table `store copy` does not know is refused). */
  tables(): Promise<string[]>;
  columns(table: TableName): Promise<string[]>;
  organisationIds(): Promise<string[]>;
  /** Runs `work` in one read-only snapshot of the database: `batches` and `count` are called inside it. */
  snapshot<T>(work: () => Promise<T>): Promise<T>;
  /**
   * The table's rows (of organisation `orgId` for a scoped table), `COPY_BATCH` at a time: a directory of a million
   * contacts is never held in memory whole.
   */
  batches(table: TableName, orgId: string | null): AsyncIterable<Row[]>;
  count(table: TableName, orgId: string | null): Promise<number>;
  /**
   * Replaces the whole directory by `tables`' rows, in one transaction: deletes the rows of every organisation in
   * `clearOrgIds`, then inserts, then brings counters (feed, audit ids) level with the rows.
   */
  replace(clearOrgIds: string[], write: (insert: (table: TableName, orgId: string | null, rows: Row[]) => Promise<void>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}
