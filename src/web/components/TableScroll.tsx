// The one scrolling box around a wide table (DataTable, the comparison, the plan's and members' tables).
import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * The horizontal scroll box around a wide table. When the table is wider than the box (a phone), the box is a
 * named region in the tab order, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe
 * scrollable-region-focusable); when it fits, it adds no tab stop.
 */
export function TableScroll({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="jp-table-scroll"
      {...(scrolls
        ? { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy, 'data-scrolls': 'true' }
        : {})}
    >
      {children}
    </div>
  );
}
