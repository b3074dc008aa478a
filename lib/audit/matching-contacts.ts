/**
 * The Activity section's contact filter (issue 11): the text typed names contacts of the local copy, and the server
 * filters the log by their ids (`GET /api/v1/audit?contact=id,id,…`), at most `MAX_CONTACT_FILTER` at once.
 */
import { foldCaseAndAccents } from '../contact/fold-case-and-accents';

/** Most contact ids one `contact=` filter of `GET /api/v1/audit` names. */
export const MAX_CONTACT_FILTER = 100;

export type ContactMatch =
  | { kind: 'any' }
  | { kind: 'ids'; ids: string[] }
  | { kind: 'none' }
  | { kind: 'too-many'; count: number };

/**
 * The contacts whose name holds `text`, case and accents ignored: `any` for an empty text, `too-many` past the
 * limit, unless the names equal to the text fit in it (typing a whole common name still finds that person).
 */
export function matchingContacts(names: ReadonlyMap<string, string>, text: string): ContactMatch {
  const wanted = foldCaseAndAccents(text.trim());
  if (wanted === '') return { kind: 'any' };
  const ids: string[] = [];
  const exact: string[] = [];
  for (const [id, name] of names) {
    const folded = foldCaseAndAccents(name);
    if (!folded.includes(wanted)) continue;
    ids.push(id);
    if (folded === wanted) exact.push(id);
  }
  if (ids.length === 0) return { kind: 'none' };
  if (ids.length <= MAX_CONTACT_FILTER) return { kind: 'ids', ids };
  if (exact.length > 0 && exact.length <= MAX_CONTACT_FILTER) return { kind: 'ids', ids: exact };
  return { kind: 'too-many', count: ids.length };
}
