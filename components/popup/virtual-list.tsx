/**
 * A list that renders only the rows in view (issue 4: long lists), for fixed-height rows: a tall spacer keeps the
 * scroll bar true, and only the rows between the scroll position and the bottom of the view, plus a few, exist.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useVirtualRows } from '../../hooks/use-virtual-rows';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Index of the selected row: scrolled into view when it changes. */
  selected: number;
  label: string;
  renderRow: (index: number, top: number) => ComponentChildren;
}

export function VirtualList({ count, rowHeight, selected, label, renderRow }: VirtualListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const { first, last, onScroll } = useVirtualRows(viewport, count, rowHeight);

  useEffect(() => {
    const element = viewport.current;
    if (!element || selected < 0) return;
    const top = selected * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
  }, [selected, rowHeight]);

  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index += 1) rows.push(renderRow(index, index * rowHeight));

  return (
    <div class="viewport" ref={viewport} onScroll={onScroll}>
      <ul class="rows" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
