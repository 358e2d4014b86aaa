// The per-collaboration battery means, rounded to the nearest category, as one horizontal bar per category (as
// Fig. 24 of the RIVM final report). A picture only: the table under it holds the same numbers.
import type { BatterySummary } from '../../dsv/overview.ts';
import type { ScaleDefinition } from '../../dsv/questionnaire.ts';
import { useDsvTexts } from './texts.ts';

export function BatteryChart({
  battery,
  scale,
  title,
}: {
  battery: BatterySummary;
  scale: ScaleDefinition;
  title: string;
}) {
  const { d, text } = useDsvTexts();
  if (battery.suppressed) return null;
  const rows = battery.roundedMeans;
  const W = 360;
  const bar = 18;
  const gap = 6;
  const left = 34;
  const H = rows.length * (bar + gap);
  const label = `${d.meansCaption(title)}: ${rows.map((r) => `${r.value}: ${r.percent ?? 0} %`).join('; ')} (n = ${battery.n})`;
  return (
    <svg
      viewBox={`0 0 ${W + left + 60} ${H}`}
      role="img"
      aria-label={label}
      className="jp-dsv-chart"
      data-battery-chart
    >
      {rows.map((r, i) => {
        const y = i * (bar + gap);
        const w = ((r.percent ?? 0) / 100) * W;
        return (
          <g key={r.value}>
            <text x={left - 6} y={y + bar - 4} textAnchor="end" fontSize="13" fill="#222">
              {r.value}
            </text>
            <rect x={left} y={y} width={Math.max(w, 1)} height={bar} fill="#154273">
              <title>{`${r.value}${scale.labels[r.value] ? ` ${text(scale.labels[r.value]!)}` : ''}: ${r.count} (${r.percent} %)`}</title>
            </rect>
            <text x={left + w + 6} y={y + bar - 4} fontSize="13" fill="#222">
              {`${String(r.percent ?? 0).replace('.', ',')} %`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
