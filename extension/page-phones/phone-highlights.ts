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
 */
import type { FoundPhone } from './scan-page-phones';

/** The highlight's name, also how the end-to-end tests read what is underlined. */
export const PHONE_HIGHLIGHT = 'company-contacts-phone';
/** Numbers this far outside the viewport are underlined already, so scrolling shows them underlined. */
const MARGIN = '100% 0px';

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

  /** The numbers of each element holding some, and the elements near the viewport. */
  let byElement = new Map<Element, FoundPhone[]>();
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
    show(found) {
      const next = new Map<Element, FoundPhone[]>();
      for (const phone of found) {
        const element = phone.node.parentElement;
        if (!element) continue;
        const phones = next.get(element);
        if (phones) phones.push(phone);
        else next.set(element, [phone]);
      }
      for (const [element, phones] of byElement) {
        if (!next.has(element)) {
          observer.unobserve(element);
          near.delete(element);
        }
        // Only a change near the viewport touches the highlight (see above).
        if (near.has(element)) for (const phone of phones) if (!next.get(element)?.includes(phone)) highlight.delete(phone.range);
      }
      for (const [element, phones] of next) {
        if (!byElement.has(element)) observer.observe(element);
        else if (near.has(element)) for (const phone of phones) if (!highlight.has(phone.range)) highlight.add(phone.range);
      }
      byElement = next;
    },
    stop() {
      observer.disconnect();
      CSS.highlights.delete(PHONE_HIGHLIGHT);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
