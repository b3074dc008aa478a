/**
 * The URL layout of the CardDAV service (issue 12). One principal per token, one address book per organisation:
 * the caller's token picks both, so the paths carry no user or organisation name.
 *
 *   /.well-known/carddav          → redirects to /dav/
 *   /dav/                         the context path (current-user-principal)
 *   /dav/principal/               the caller (addressbook-home-set)
 *   /dav/addressbooks/            the address book home
 *   /dav/addressbooks/directory/  the address book
 *   /dav/addressbooks/directory/<contact id>.vcf
 */

export const WELL_KNOWN = '/.well-known/carddav';
export const ROOT = '/dav/';
export const PRINCIPAL = '/dav/principal/';
export const HOME = '/dav/addressbooks/';
export const BOOK = '/dav/addressbooks/directory/';

export type DavPath =
  | { kind: 'root' | 'principal' | 'home' | 'book' }
  | { kind: 'card'; id: string }
  | { kind: 'none' };

export function cardPath(id: string): string {
  return `${BOOK}${encodeURIComponent(id)}.vcf`;
}

const COLLECTIONS: Record<string, DavPath> = {
  [ROOT]: { kind: 'root' },
  [PRINCIPAL]: { kind: 'principal' },
  [HOME]: { kind: 'home' },
  [BOOK]: { kind: 'book' },
};

/**
 * What a request path or an href names. Takes a path or a full URL (multiget hrefs may be either), percent-encoded
 * or not, with or without the trailing slash of a collection.
 */
export function resolveDavPath(pathOrUrl: string): DavPath {
  let path: string;
  try {
    path = decodeURIComponent(new URL(pathOrUrl, 'http://host').pathname);
  } catch {
    return { kind: 'none' };
  }
  const collection = COLLECTIONS[path.endsWith('/') ? path : `${path}/`];
  if (collection) return collection;
  if (path.startsWith(BOOK) && path.endsWith('.vcf')) {
    const id = path.slice(BOOK.length, -'.vcf'.length);
    if (id !== '' && !id.includes('/')) return { kind: 'card', id };
  }
  return { kind: 'none' };
}
