// Population pyramid (SVG): men left, women right, five-year age groups from young (bottom) to old (top), with
// Nederland as a black tick per bar; the table is its text alternative. Drawn only from imported CBS data.
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { DataTable, TableDisclosure } from '../DataTable.tsx';
import { fiveYearBands, type PyramidRow } from './pyramid.ts';

const W = 520;
const ROW = 14;
const TOP = 22;
const MID = 56;

export function Pyramid({
  rows,
  name,
  period,
  older,
}: {
  rows: PyramidRow[];
  name: string;
  period: string;
  older: string;
}) {
  const { t } = useI18n();
  const p = t.profile.pyramid;
  const bySex = rows.some((r) => r.men !== null || r.women !== null);
  const values = rows.flatMap((r) =>
    bySex ? [r.men, r.women, r.nationalMen, r.nationalWomen] : [r.all, r.nationalAll],
  );
  const max = Math.max(0.1, ...values.filter((v): v is number => v !== null));
  const half = (W - MID) / 2 - 6;
  const height = TOP + rows.length * ROW + 8;
  const f = (v: number | null) => formatNumber(v, 1, t.locale);
  const ordered = [...rows].reverse(); // oldest on top
  // The caption names the groups shown: 03759ned's five-year bands, or 70072NED's and kwb's wider groups.
  const groups = p.groups(fiveYearBands(rows.map((r) => r.age)), rows.map((r) => r.age).join(', '));
  const left = (W - MID) / 2;
  const right = left + MID;
  const scale = (v: number) => (v / max) * (bySex ? half : W - MID - 12);
  return (
    <figure className="jp-pyramid">
      <figcaption className="jp-chart-title">{p.caption(name, period)}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label={p.alt(name, period, groups, older)}
        className="jp-pyramid__svg"
      >
        {bySex && (
          <>
            <text x={left - 4} y={14} textAnchor="end" fontSize={12} fontWeight={700} fill="#1a1a1a">
              {p.men}
            </text>
            <text x={right + 4} y={14} fontSize={12} fontWeight={700} fill="#1a1a1a">
              {p.women}
            </text>
          </>
        )}
        {ordered.map((r, i) => {
          const y = TOP + i * ROW;
          const label = (
            <text
              x={bySex ? W / 2 : MID - 6}
              y={y + ROW - 3}
              textAnchor={bySex ? 'middle' : 'end'}
              fontSize={10}
              fill="#4a4a4a"
            >
              {r.age}
            </text>
          );
          if (!bySex) {
            return (
              <g key={r.age}>
                {label}
                {r.all !== null && (
                  <rect x={MID} y={y + 1} width={scale(r.all)} height={ROW - 3} fill="#154273" />
                )}
                {r.nationalAll !== null && (
                  <line
                    x1={MID + scale(r.nationalAll)}
                    x2={MID + scale(r.nationalAll)}
                    y1={y}
                    y2={y + ROW - 1}
                    stroke="#1a1a1a"
                    strokeWidth={2}
                  />
                )}
              </g>
            );
          }
          return (
            <g key={r.age}>
              {label}
              {r.men !== null && (
                <rect
                  x={left - scale(r.men)}
                  y={y + 1}
                  width={scale(r.men)}
                  height={ROW - 3}
                  fill="#2c6fb3"
                />
              )}
              {r.women !== null && (
                <rect x={right} y={y + 1} width={scale(r.women)} height={ROW - 3} fill="#8a4f9e" />
              )}
              {r.nationalMen !== null && (
                <line
                  x1={left - scale(r.nationalMen)}
                  x2={left - scale(r.nationalMen)}
                  y1={y}
                  y2={y + ROW - 1}
                  stroke="#1a1a1a"
                  strokeWidth={2}
                />
              )}
              {r.nationalWomen !== null && (
                <line
                  x1={right + scale(r.nationalWomen)}
                  x2={right + scale(r.nationalWomen)}
                  y1={y}
                  y2={y + ROW - 1}
                  stroke="#1a1a1a"
                  strokeWidth={2}
                />
              )}
            </g>
          );
        })}
      </svg>
      <p className="jp-chart-note">{p.note(groups)}</p>
      <TableDisclosure summary={t.common.showAsTable}>
        <DataTable
          caption={p.caption(name, period)}
          rows={rows}
          rowKey={(r) => r.age}
          columns={[
            { key: 'age', header: p.age, rowHeader: true, cell: (r) => r.age },
            ...(bySex
              ? [
                  { key: 'men', header: `${p.men} (%)`, numeric: true, cell: (r: PyramidRow) => f(r.men) },
                  {
                    key: 'women',
                    header: `${p.women} (%)`,
                    numeric: true,
                    cell: (r: PyramidRow) => f(r.women),
                  },
                  {
                    key: 'nlm',
                    header: `${p.national}: ${p.men.toLowerCase()} (%)`,
                    numeric: true,
                    cell: (r: PyramidRow) => f(r.nationalMen),
                  },
                  {
                    key: 'nlw',
                    header: `${p.national}: ${p.women.toLowerCase()} (%)`,
                    numeric: true,
                    cell: (r: PyramidRow) => f(r.nationalWomen),
                  },
                ]
              : [
                  { key: 'all', header: `${p.all} (%)`, numeric: true, cell: (r: PyramidRow) => f(r.all) },
                  {
                    key: 'nl',
                    header: `${p.national} (%)`,
                    numeric: true,
                    cell: (r: PyramidRow) => f(r.nationalAll),
                  },
                ]),
          ]}
        />
      </TableDisclosure>
    </figure>
  );
}
