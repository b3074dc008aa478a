/**
 * A phone's label (Google's `Phone 1 - Label`, a vCard `TYPE`) as the mapping reads it (issue 13): work phones are
 * taken first for the work phone, mobiles first for the optional ones, faxes last. The words of the exports in
 * English, French and German; a label none of them matches is `other`.
 */
import type { PhoneKind } from './source-contact';

const FAX = /fax|télécopie|telecopie/i;
const WORK = /work|business|office|bureau|travail|geschäftlich|geschaeftlich|büro|buero|arbeit|dienstlich/i;
const MOBILE = /mobile|\bcell|portable|mobil|handy|iphone/i;

/** The kind of a phone labelled `label` (fax before work: a `Work Fax` is a fax). */
export function phoneKind(label: string): PhoneKind {
  if (FAX.test(label)) return 'fax';
  if (WORK.test(label)) return 'work';
  if (MOBILE.test(label)) return 'mobile';
  return 'other';
}
