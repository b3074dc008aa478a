/**
 * `store copy` (issue 10): moves a whole directory server — organisations, tokens (their hashes), contacts with their
 * ids, versions, feed seqs and tombstones, imports and their items, idempotency keys, audit — from one store to
 * another, SQLite or PostgreSQL either way. Both databases are first brought to this version's schema. The copy is
 * one transaction on the target, read from one snapshot of the source a batch of rows at a time (never a whole table
 * in memory), and its counts are checked per table and organisation at the end.
 *
 * The target must be empty (a new database: only the default organisation, no rows) or an earlier copy of the same
 * source (every organisation it holds is one of the source's, same id, name and creation time). An earlier copy is
 * replaced whole, so running the copy twice duplicates nothing: the second run re-copies, and also carries over what
 * changed in the source since (a revoked token, an edited contact).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeStore, openStore, storeKind } from '../open-store';
import { DEFAULT_ORGANISATION_ID } from '../store';
import { postgresTables } from './postgres-tables';
import { sqliteTables } from './sqlite-tables';
import { allRows, COPIED_TABLES, type Row, type TableAccess, type TableName } from './table-access';

/** A copy refused or failed, in words that say what to do. */
export class CopyError extends Error {
  override name = 'CopyError';
}

export interface CopyReport {
  /** `copied` into an empty database, `recopied` over an earlier copy of the same source. */
  status: 'copied' | 'recopied';
  counts: { table: TableName; rows: number }[];
}

/** Columns only one kind of store has: PostgreSQL's per-organisation feed counter (SQLite takes MAX(seq)). */
const KIND_ONLY = new Set(['organisations.seq']);

async function tablesOf(db: string): Promise<TableAccess> {
  return storeKind(db) === 'postgres' ? postgresTables(db) : sqliteTables(db);
}

/** Rows per (table, organisation), in the snapshot already open. */
async function countsOf(access: TableAccess, orgIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { name, scoped } of COPIED_TABLES) {
    for (const orgId of scoped ? orgIds : [null]) counts.set(`${name}/${orgId ?? '*'}`, await access.count(name, orgId));
  }
  return counts;
}

function sameCopy(source: Row[], target: Row[]): boolean {
  return target.every((mine) => source.some((theirs) => theirs.id === mine.id && theirs.name === mine.name && theirs.created_at === mine.created_at));
}

async function isEmpty(target: TableAccess): Promise<boolean> {
  const orgIds = await target.organisationIds();
  if (orgIds.length !== 1 || orgIds[0] !== DEFAULT_ORGANISATION_ID) return false;
  const counts = await countsOf(target, orgIds);
  return [...counts].every(([key, rows]) => key.startsWith('organisations/') || rows === 0);
}

export async function copyStore(from: string, to: string, now: () => string): Promise<CopyReport> {
  if (describeStore(from) === describeStore(to)) throw new CopyError(`--from and --to both name ${describeStore(from)}: give two different databases.`);
  if (storeKind(from) === 'sqlite' && !fs.existsSync(from)) {
    throw new CopyError(`There is no database at ${path.resolve(from)}: give the server's database with --from (the server prints its path when it starts).`);
  }
  // Both at this version's schema (and a newer one refused) before a row moves; an empty target gets its tables.
  for (const db of [from, to]) await (await openStore(db, { now })).close();
  const source = await tablesOf(from);
  try {
    const target = await tablesOf(to);
    try {
      return await copyTables(source, target);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

async function copyTables(source: TableAccess, target: TableAccess): Promise<CopyReport> {
  const known = new Set<string>(COPIED_TABLES.map((table) => table.name));
  const unknown = (await source.tables()).filter((table) => !known.has(table));
  if (unknown.length > 0) {
    throw new CopyError(`${source.where} has tables store copy does not know (${unknown.join(', ')}): copy it with a version of this tool that does.`);
  }
  const columns = new Map<TableName, string[]>();
  for (const { name } of COPIED_TABLES) {
    const theirs = await source.columns(name);
    const mine = new Set(await target.columns(name));
    const missing = theirs.filter((column) => !mine.has(column) && !KIND_ONLY.has(`${name}.${column}`));
    if (missing.length > 0) throw new CopyError(`${target.where} has no column ${missing.map((column) => `${name}.${column}`).join(', ')}: both databases must be at one schema version.`);
    columns.set(name, theirs.filter((column) => mine.has(column)));
  }

  const targetOrgIds = await target.organisationIds();
  const empty = await target.snapshot(() => isEmpty(target));
  if (!empty) {
    const [theirs, mine] = [await source.snapshot(() => allRows(source, 'organisations')), await target.snapshot(() => allRows(target, 'organisations'))];
    if (!sameCopy(theirs, mine)) {
      throw new CopyError(
        `${target.where} already holds a directory that is not a copy of ${source.where}: nothing was written. Copy into a new, empty database.`,
      );
    }
  }

  const project = (table: TableName, rows: Row[]) => {
    const keep = columns.get(table)!;
    return rows.map((row) => Object.fromEntries(keep.map((column) => [column, row[column]])));
  };
  let expected = new Map<string, number>();
  await source.snapshot(async () => {
    const orgIds = await source.organisationIds();
    expected = await countsOf(source, orgIds);
    await target.replace(targetOrgIds, async (insert) => {
      for (const { name, scoped } of COPIED_TABLES) {
        for (const orgId of scoped ? orgIds : [null]) {
          for await (const batch of source.batches(name, orgId)) await insert(name, orgId, project(name, batch));
        }
      }
    });
  });

  const orgIds = await target.organisationIds();
  const actual = await target.snapshot(() => countsOf(target, orgIds));
  const differ = [...expected].filter(([key, rows]) => actual.get(key) !== rows).map(([key, rows]) => `${key}: ${rows} in the source, ${actual.get(key) ?? 0} copied`);
  if (differ.length > 0) throw new CopyError(`The copy in ${target.where} does not match its source (${differ.join('; ')}): run store copy again.`);
  const counts = COPIED_TABLES.map(({ name }) => ({
    table: name,
    rows: [...actual].filter(([key]) => key.startsWith(`${name}/`)).reduce((sum, [, rows]) => sum + rows, 0),
  }));
  return { status: empty ? 'copied' : 'recopied', counts };
}
