/** One card's response in a REPORT answer: the properties the report's <prop> asks for (issue 12). */
import type { Contact } from '../../lib/contact/contact';
import { propstats, type DavContext } from './dav-properties';
import { propRequest } from './dav-request';
import type { DavElement } from './dav-xml-parse';
import { propResponse } from './dav-xml-write';

export function cardResponse(path: string, contact: Contact, context: DavContext, report: DavElement): string {
  const { found, missing } = propstats({ kind: 'card', contact }, context, propRequest(report));
  return propResponse(path, found, missing);
}
