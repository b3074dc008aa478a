/**
 * Turns a failure to connect to or migrate a PostgreSQL database into one line saying what went wrong and how to fix
 * it (issue 10, bad input). The URL is shown without its password.
 */
import { StoreOpenError } from '../store-open-error';

/** The URL as safe to print: the password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/u, '//***@');
  }
}

function parts(url: string): { host: string; user: string; database: string } {
  try {
    const parsed = new URL(url);
    return {
      host: `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`,
      user: decodeURIComponent(parsed.username) || process.env.PGUSER || process.env.USER || '',
      database: decodeURIComponent(parsed.pathname.slice(1)),
    };
  } catch {
    return { host: '?', user: '?', database: '?' };
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

export function postgresOpenError(url: string, error: unknown): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const { host, user, database } = parts(url);
  const code = (error as { code?: string }).code ?? '';
  const detail = (error as Error).message.replace(/\s+/gu, ' ');
  const cause = { cause: error };
  if (UNREACHABLE.has(code) || /timeout/iu.test(detail)) {
    return new StoreOpenError(
      `Cannot reach PostgreSQL at ${host} (${code || detail}): start it (e.g. pg_ctlcluster 15 main start) or fix the host and port in --db / CONTACTS_DB (${redactUrl(url)}).`,
      cause,
    );
  }
  if (code === '28P01' || code === '28000') {
    return new StoreOpenError(
      `PostgreSQL at ${host} refused user "${user}" (${detail}): fix the user and password in --db / CONTACTS_DB (postgres://USER:PASSWORD@HOST/DATABASE), or create that role.`,
      cause,
    );
  }
  if (code === '3D000') {
    return new StoreOpenError(
      `PostgreSQL at ${host} has no database "${database}": create it (createdb -h ${host.split(':')[0]} -U ${user || 'postgres'} ${database}) or fix the database name in --db / CONTACTS_DB.`,
      cause,
    );
  }
  if (code === '42501') {
    return new StoreOpenError(
      `User "${user}" may not create the directory's tables in database "${database}" (${detail}): connect as its owner, or grant CREATE on its schema to that user.`,
      cause,
    );
  }
  return new StoreOpenError(`Cannot open the PostgreSQL database ${redactUrl(url)} (${code ? `${code}: ` : ''}${detail}): check --db / CONTACTS_DB.`, cause);
}
