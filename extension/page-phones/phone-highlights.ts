/**
 * A dotted underline under the numbers found on the page (issue 13), through the CSS Custom Highlight API: the
 * browser paints it over the page's own text nodes, so the page's markup is never changed (see README: why an
 * overlay and not wrapped text). Where the API is missing (Firefox before 140) nothing is underlined; the hover card
 * still works.
 *
 * Only the numbers on screen, or within a screen of it, are in the highlight. Chrome revalidates and repaints every
 * range of a highlight on any change to it: with the 2,000 numbers of bench/click-to-call.ts's page in it, each
 * change was a main-thread task of 50 to 450 ms. An `IntersectionObserver` on the numbers' elements (computed by the
 * browser, off our script's time) adds them as they come near the viewport and takes them out as they leave.
 * Each change of the scan is applied as it is (the numbers added and removed), never by going through all of them.
 */
import type { FoundPhone, PhoneChanges } from './scan-page-phones';

/** The highlight's name, also how the end-to-end tests read what is underlined. */
export const PHONE_HIGHLIGHT = 'company-contacts-phone';
/** Numbers this far outside the viewport are underlined already, so scrolling shows them underlined. */
const MARGIN = '100% 0px';

export interface PhoneHighlights {
  show(changes: PhoneChanges): void;
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

  /** The numbers of each element holding some, and the elements near the viewport. */
  const byElement = new Map<Element, Set<FoundPhone>>();
  /** The element each number was filed under: a number's text may have left its element by the time it is removed. */
  const elementOf = new Map<FoundPhone, Element>();
  const near = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) near.add(target);
        else near.delete(target);
        for (const phone of byElement.get(target) ?? []) {
          if (isIntersecting) highlight.add(phone.range);
          else highlight.delete(phone.range);
        }
      }
    },
    { rootMargin: MARGIN },
  );

  return {
    show({ added, removed }) {
      for (const phone of removed) {
        const element = elementOf.get(phone);
        if (!element) continue;
        elementOf.delete(phone);
        highlight.delete(phone.range);
        const phones = byElement.get(element);
        phones?.delete(phone);
        if (phones?.size === 0) {
          byElement.delete(element);
          near.delete(element);
          observer.unobserve(element);
        }
      }
      for (const phone of added) {
        const element = phone.node.parentElement;
        if (!element) continue;
        elementOf.set(phone, element);
        const phones = byElement.get(element);
        // A new element is underlined once the observer says it is near (its first report comes for every element).
        if (!phones) {
          byElement.set(element, new Set([phone]));
          observer.observe(element);
        } else {
          phones.add(phone);
          // Only a change near the viewport touches the highlight (see above).
          if (near.has(element)) highlight.add(phone.range);
        }
      }
    },
    stop() {
      observer.disconnect();
      CSS.highlights.delete(PHONE_HIGHLIGHT);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
