/**
 * Which rows of a long, fixed-row-height list are in view (issue 4 for the popup, issue 11 for the console's
 * table): only those, plus a few either side, are rendered; the caller keeps the scroll bar true with the full
 * height. Follows the viewport's own size, so a resized window shows as many rows as it has room for.
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const OVERSCAN = 4;

export interface VirtualRows {
  first: number;
  /** One past the last row to render. */
  last: number;
  onScroll: (event: Event) => void;
}

export function useVirtualRows(viewport: RefObject<HTMLElement>, count: number, rowHeight: number): VirtualRows {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => setHeight(element.clientHeight || 400);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return { first, last, onScroll: (event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop) };
}
