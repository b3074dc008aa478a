/**
 * A store that cannot be opened for a reason its admin can fix (PostgreSQL unreachable, wrong password, a schema
 * newer than this server knows): the message is one line saying what and how to fix it, shown as is.
 */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}
