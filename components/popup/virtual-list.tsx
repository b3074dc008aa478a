/**
 * A list that renders only the rows in view (issue 4: long lists), for fixed-height rows: a tall spacer keeps the
 * scroll bar true, and only the rows between the scroll position and the bottom of the view, plus a few, exist.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Index of the selected row: scrolled into view when it changes. */
  selected: number;
  label: string;
  renderRow: (index: number, top: number) => ComponentChildren;
}

const OVERSCAN = 4;

export function VirtualList({ count, rowHeight, selected, label, renderRow }: VirtualListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    if (viewport.current) setHeight(viewport.current.clientHeight || 400);
  }, []);

  useEffect(() => {
    const element = viewport.current;
    if (!element || selected < 0) return;
    const top = selected * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
  }, [selected, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index += 1) rows.push(renderRow(index, index * rowHeight));

  return (
    <div class="viewport" ref={viewport} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul class="rows" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
