// @vitest-environment happy-dom
/**
 * The underline of click-to-call (issue 13) on a real DOM (happy-dom): only the numbers of elements near the viewport
 * are in the highlight, and each change of the scan is applied as it is. happy-dom has neither the CSS Custom
 * Highlight API nor a working IntersectionObserver: the test gives it the first as what the API is (a set of ranges
 * under a name) and an IntersectionObserver whose reports the test makes, as the browser would on scrolling.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPhoneHighlights, PHONE_HIGHLIGHT } from '../../../extension/page-phones/phone-highlights';
import type { FoundPhone } from '../../../extension/page-phones/scan-page-phones';

class TestHighlight extends Set<Range> {}

/** The IntersectionObserver the page's script made: the test reports elements coming near or leaving. */
class TestIntersectionObserver {
  static last: TestIntersectionObserver;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    TestIntersectionObserver.last = this;
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.disconnected = true;
    this.observed.clear();
  }
  report(element: Element, isIntersecting: boolean) {
    this.callback([{ target: element, isIntersecting }]);
  }
}

/** A found number: the first `+…` run of digits and spaces in `element`'s text. */
function phoneIn(element: Element, nth = 0): FoundPhone {
  const node = element.firstChild as Text;
  const match = [...node.data.matchAll(/\+[\d ]+\d/g)][nth]!;
  const range = document.createRange();
  range.setStart(node, match.index);
  range.setEnd(node, match.index + match[0].length);
  return { node, start: match.index, end: match.index + match[0].length, e164: match[0].replaceAll(' ', ''), range };
}

const underlined = () => [...(CSS.highlights.get(PHONE_HIGHLIGHT) as Set<Range> | undefined ?? [])].map((range) => range.toString()).sort();

describe('createPhoneHighlights', () => {
  let top: HTMLElement;
  let bottom: HTMLElement;
  beforeEach(() => {
    vi.stubGlobal('Highlight', TestHighlight);
    vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);
    vi.stubGlobal('CSS', { highlights: new Map<string, TestHighlight>() });
    document.body.innerHTML = '<p id="top">Call +33 1 23 45 67 01 or +33 1 23 45 67 02</p><p id="bottom">Call +33 1 23 45 67 03 or +33 1 23 45 67 04</p>';
    top = document.getElementById('top')!;
    bottom = document.getElementById('bottom')!;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('underlines the numbers of an element once it comes near the viewport, and no others', () => {
    const highlights = createPhoneHighlights();
    highlights.show({ added: [phoneIn(top), phoneIn(bottom)], removed: [] });
    const before = underlined();
    TestIntersectionObserver.last.report(top, true);
    TestIntersectionObserver.last.report(bottom, false);
    expect({ before, after: underlined(), observed: TestIntersectionObserver.last.observed.size }).toEqual({
      before: [],
      after: ['+33 1 23 45 67 01'],
      observed: 2,
    });
  });

  it('underlines a number added to a near element at once, one added to a far element when it comes near', () => {
    const highlights = createPhoneHighlights();
    highlights.show({ added: [phoneIn(top), phoneIn(bottom)], removed: [] });
    TestIntersectionObserver.last.report(top, true);
    highlights.show({ added: [phoneIn(top, 1), phoneIn(bottom, 1)], removed: [] });
    const beforeScroll = underlined();
    TestIntersectionObserver.last.report(top, false);
    TestIntersectionObserver.last.report(bottom, true);
    expect({ beforeScroll, afterScroll: underlined() }).toEqual({
      beforeScroll: ['+33 1 23 45 67 01', '+33 1 23 45 67 02'],
      afterScroll: ['+33 1 23 45 67 03', '+33 1 23 45 67 04'],
    });
  });

  it('takes a removed number out, and stops observing an element left without numbers', () => {
    const highlights = createPhoneHighlights();
    const [first, second, third] = [phoneIn(top), phoneIn(top, 1), phoneIn(bottom)];
    highlights.show({ added: [first, second, third], removed: [] });
    TestIntersectionObserver.last.report(top, true);
    TestIntersectionObserver.last.report(bottom, true);
    // The page took the bottom paragraph's text out: the number's text is no longer in an element.
    bottom.firstChild!.remove();
    highlights.show({ added: [], removed: [first, third] });
    expect({ underlined: underlined(), observed: [...TestIntersectionObserver.last.observed].map((element) => element.id) }).toEqual({
      underlined: ['+33 1 23 45 67 02'],
      observed: ['top'],
    });
  });

  it('removes the highlight, its style and its observer on stop()', () => {
    const sheetsBefore = document.adoptedStyleSheets.length;
    const highlights = createPhoneHighlights();
    const sheetsDuring = document.adoptedStyleSheets.length;
    highlights.show({ added: [phoneIn(top)], removed: [] });
    highlights.stop();
    expect({ sheetsDuring, sheetsAfter: document.adoptedStyleSheets.length, registered: CSS.highlights.has(PHONE_HIGHLIGHT), disconnected: TestIntersectionObserver.last.disconnected }).toEqual({
      sheetsDuring: sheetsBefore + 1,
      sheetsAfter: sheetsBefore,
      registered: false,
      disconnected: true,
    });
  });
});
