/** The reader's language for texts built outside the i18n files (the core's messages): French or English. */
import type { Locale } from '../../lib/messages/messages';

export function uiLocale(): Locale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
