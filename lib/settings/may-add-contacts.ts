import type { Settings } from './settings';

/**
 * Whether these settings may add contacts: admins and local mode (issue 5). A member's token would be refused by
 * the server, so "Add selection as contact" and a page number's "Add as contact" (issue 13) are not offered to them.
 */
export function mayAddContacts(settings: Pick<Settings, 'serverUrl' | 'role'>): boolean {
  return settings.serverUrl === '' || settings.role === 'admin';
}
