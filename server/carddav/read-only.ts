/**
 * The address book is read only (issue 12): the directory is edited by admins in the console, so every write
 * method (PUT, DELETE, PROPPATCH, MKCOL, …) is answered 403 with the DAV:need-privileges precondition
 * (RFC 3744 §7.1.1) naming the resource and the write privilege, which clients show as "read only".
 */
import { XML_TYPE, type DavReply } from './dav-request';
import { davError, escapeXml } from './dav-xml-write';

/** What the service answers (the Allow header). */
export const READ_METHODS = 'OPTIONS, GET, HEAD, PROPFIND, REPORT';

/** Methods that would change something: each is refused. */
export const WRITE_METHODS = ['PUT', 'DELETE', 'POST', 'PATCH', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'ACL'];

export function refuseWrite(path: string): DavReply {
  const condition = `<d:need-privileges><d:resource><d:href>${escapeXml(path)}</d:href><d:privilege><d:write/></d:privilege></d:resource></d:need-privileges>`;
  return { status: 403, body: davError(condition), headers: { 'content-type': XML_TYPE } };
}
