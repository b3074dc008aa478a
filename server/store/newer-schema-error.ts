import { StoreOpenError } from './store-open-error';

/** Refuses a database a newer server migrated: this one would misread it, and must write nothing to it. */
export function newerSchemaError(where: string, found: number, known: number): StoreOpenError {
  return new StoreOpenError(
    `The database ${where} has schema version ${found}, newer than this server knows (${known}): ` +
      'run the newer server version that migrated it, or restore a backup taken before.',
  );
}
