/**
 * Picks the store from `--db` / `CONTACTS_DB` (issue 10): a `postgres://` or `postgresql://` URL is PostgreSQL,
 * anything else a SQLite file path (the default, nothing to set up).
 */
import path from 'node:path';
import { openPostgresStore } from './postgres/open-postgres-store';
import { redactUrl } from './postgres/postgres-open-error';
import { openSqliteStore } from './sqlite/open-sqlite-store';
import type { Store } from './store';

export type StoreKind = 'sqlite' | 'postgres';

export function storeKind(db: string): StoreKind {
  return /^postgres(ql)?:\/\//iu.test(db) ? 'postgres' : 'sqlite';
}

/** Where the store is, as safe to print: the absolute file path, or the URL without its password. */
export function describeStore(db: string): string {
  return storeKind(db) === 'postgres' ? redactUrl(db) : path.resolve(db);
}

interface OpenStoreOptions {
  now: () => string;
  /** SQLite only: checkpoint the WAL in a worker thread (the long-running server; see background-checkpoint.ts). */
  backgroundCheckpoint?: boolean;
}

/** Opens and migrates the store `db` names. Throws `StoreOpenError` for a problem its admin can fix. */
export async function openStore(db: string, { now, backgroundCheckpoint = false }: OpenStoreOptions): Promise<Store> {
  if (storeKind(db) === 'postgres') return openPostgresStore({ url: db, now });
  return openSqliteStore({ file: db, now, backgroundCheckpoint });
}
