/**
 * Options of the import rules (issue 2, section 2). The CLI, the server and the options page pass the same object.
 */
import type { DuplicatePolicy } from '../contact/contact';
import type { DirectoryLookup } from '../contact/directory-lookup';

/** The default limit of contact lines in one file (blank lines don't count). A server may configure another. */
export const DEFAULT_MAX_CONTACTS = 1000;

export interface CheckOptions {
  /** Most contact lines accepted in one file; more refuses the whole file. Default {@link DEFAULT_MAX_CONTACTS}. */
  maxContacts?: number;
  /** ISO 3166 alpha-2 (e.g. `FR`): lets national numbers in. Without it they are rejected. Unknown codes are ignored. */
  defaultCountry?: string;
  /** The directory the file is imported into, to find duplicates of existing contacts. */
  existing?: DirectoryLookup;
  /** What a line that duplicates an existing contact does: `skip` (default) or `update` it. */
  onDuplicate?: DuplicatePolicy;
}
