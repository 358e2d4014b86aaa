// A plain, accessible table in the NL Design System (Utrecht) style; used for every chart's "view as table".
import { type ReactNode, useId } from 'react';
import { TableScroll } from './TableScroll.tsx';

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
    <TableScroll labelledBy={captionId}>
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
    </TableScroll>
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
