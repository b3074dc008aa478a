/**
 * A count as the page shows it, in the language its messages are in (issue 9, defect 3): "1,000" / "1 000". Every
 * count goes into a message through this and a plural message (`i18n.t(key, count, [uiCount(count)])`): the i18n
 * library would otherwise substitute the bare digits ("10009").
 */
import { uiLocale } from '../extension/browser/ui-locale';
import { formatCount } from '../lib/messages/format-count';

export function uiCount(count: number): string {
  return formatCount(count, uiLocale());
}
