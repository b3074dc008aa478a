/**
 * Who is using the options page and under which rules (issue 5): in local mode the admin of this browser; in server
 * mode the token's role and the server's import rules (`GET /me`), so the browser's preview checks a file exactly as
 * the server will. Falls back to the role last seen when the server cannot be reached.
 */
import type { DirectoryRules, Role } from '../../lib/api/api';
import type { ApiClient } from '../../lib/api/api-client';
import { DEFAULT_MAX_CONTACTS } from '../../lib/rules/check-options';
import type { Settings } from '../../lib/settings/settings';

export interface AdminSession {
  mode: 'local' | 'server';
  /** `null`: server mode, and no role known (never connected, or the server refused the token). */
  role: Role | null;
  /** The connected token's name (`GET /me`); `null` in local mode or when the server could not be asked. */
  name: string | null;
  rules: DirectoryRules;
  /** Why the server could not be asked, when it could not. */
  problem: string | null;
}

/** The session for these settings; never throws. */
export async function openAdminSession(settings: Settings, api: ApiClient | null): Promise<AdminSession> {
  const localRules: DirectoryRules = { maxContacts: DEFAULT_MAX_CONTACTS, defaultCountry: settings.defaultCountry || null };
  if (api === null) return { mode: 'local', role: 'admin', name: null, rules: localRules, problem: null };
  try {
    const me = await api.me();
    return { mode: 'server', role: me.role, name: me.name, rules: me.rules, problem: null };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { mode: 'server', role: settings.role || null, name: null, rules: { ...localRules, defaultCountry: null }, problem };
  }
}

/** Admins write; so does anyone in local mode (issue 5). */
export function canWrite(session: AdminSession): boolean {
  return session.role === 'admin';
}
