/**
 * The admin console's sections (issue 11) and who sees which: each has its own URL fragment (`#team`), so a link or
 * a reload opens it. Members see the directory (read-only) and the settings; local mode (no server) has no team and
 * no activity log, so it shows only what applies there.
 */
export const SECTIONS = ['directory', 'import', 'team', 'activity', 'settings'] as const;

export type Section = (typeof SECTIONS)[number];

export interface ConsoleAccess {
  mode: 'local' | 'server';
  /** `null`: server mode and no role known (never connected, or the server refused the token). */
  role: 'admin' | 'member' | null;
}

/** The sections `access` may open, in the navigation's order. */
export function sectionsFor({ mode, role }: ConsoleAccess): Section[] {
  if (mode === 'local') return ['directory', 'import', 'settings'];
  if (role === 'admin') return [...SECTIONS];
  return ['directory', 'settings'];
}

/**
 * The section a URL fragment opens. `#add?name=…` ("Add selection as contact", issue 5) opens the directory's add
 * form; an unknown fragment, or one this person may not open, falls back to the first allowed section.
 */
export function sectionFromHash(hash: string, allowed: readonly Section[]): Section {
  const name = hash.replace(/^#/u, '').split('?')[0]!;
  const wanted = name === 'add' ? 'directory' : name;
  const found = allowed.find((section) => section === wanted);
  return found ?? allowed[0] ?? 'settings';
}
