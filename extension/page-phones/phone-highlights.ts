/**
 * A dotted underline under each number found on the page (issue 13), through the CSS Custom Highlight API: the
 * browser paints it over the page's own text nodes, so the page's markup is never changed (see README: why an
 * overlay and not wrapped text). Where the API is missing (Firefox before 140) nothing is underlined; the hover card
 * still works.
 */
import type { FoundPhone } from './scan-page-phones';

/** The highlight's name, also how the end-to-end test and the bench read what was found. */
export const PHONE_HIGHLIGHT = 'company-contacts-phone';

interface PhoneHighlights {
  show(found: readonly FoundPhone[]): void;
  stop(): void;
}

export function createPhoneHighlights(): PhoneHighlights {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return { show: () => undefined, stop: () => undefined };
  const highlight = new Highlight();
  CSS.highlights.set(PHONE_HIGHLIGHT, highlight);
  // A ::highlight() rule must be in the document's own style sheets; an adopted sheet adds one rule and no element.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${PHONE_HIGHLIGHT}) { text-decoration: underline dotted 2px; text-underline-offset: 3px; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    show(found) {
      highlight.clear();
      for (const phone of found) highlight.add(phone.range);
    },
    stop() {
      CSS.highlights.delete(PHONE_HIGHLIGHT);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
