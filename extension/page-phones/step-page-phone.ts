/**
 * The number Alt+Shift+K (next) or Alt+Shift+J (previous) leads to (issue 13, keyboard use of click-to-call), in the
 * page's reading order: the scan lists numbers in the order it found them, and a number the page added later may sit
 * above the others.
 */
import { stepIndex } from '../../lib/page-phones/step-index';
import type { FoundPhone } from './scan-page-phones';

export interface PhoneStep {
  phone: FoundPhone;
  /** 1-based, for "Number 3 of 12". */
  position: number;
  count: number;
}

const inPageOrder = (a: FoundPhone, b: FoundPhone) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

/** The number after (or before) `current` among `all`; null when the page has none. */
export function stepPagePhone(all: readonly FoundPhone[], current: FoundPhone | null, direction: 1 | -1): PhoneStep | null {
  // A number whose text the page removed keeps a collapsed range: it is no longer one to go to.
  const phones = all.filter((phone) => phone.node.isConnected).sort(inPageOrder);
  const index = stepIndex(current ? phones.indexOf(current) : -1, phones.length, direction);
  const phone = phones[index];
  return phone ? { phone, position: index + 1, count: phones.length } : null;
}
