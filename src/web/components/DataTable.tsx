// A plain, accessible table in the NL Design System (Utrecht) style; used for every chart's "view as table".
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * The horizontal scroll box around a wide table. When the table is wider than the box (a phone), the box is a
 * named region in the tab order, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1; axe
 * scrollable-region-focusable); when it fits, it adds no tab stop.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) {
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

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Render the cell as a row header (th scope=row). */
  rowHeader?: boolean;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
  className,
}: {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string;
  captionHidden?: boolean;
  className?: string;
}) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className={`utrecht-table utrecht-table--html-table jp-table ${className ?? ''}`}>
        <caption
          id={captionId}
          className={`utrecht-table__caption ${captionHidden ? 'jp-visually-hidden' : ''}`}
        >
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`utrecht-table__header-cell ${c.numeric ? 'utrecht-table__header-cell--numeric-column' : ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} className="utrecht-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className="utrecht-table__header-cell jp-table__row-header">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    className={`utrecht-table__cell ${c.numeric ? 'utrecht-table__cell--numeric-data' : ''}`}
                  >
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A chart's table, folded away under "Bekijk als tabel" (opened when printing). */
export function TableDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="jp-details jp-details--table">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
