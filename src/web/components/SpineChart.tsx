// Spine chart (Fingertips): where the region sits among all regions of its type. Grey bar = lowest to highest,
// dark part = middle half (Q1–Q3), white tick = median, black line = Nederland, circle = this region in its
// comparison colour. Right is "best" for indicators with a direction. Plain SVG with a text alternative.
import type { Polarity } from '../../indicators/schema.ts';
import type { Comparison } from '../../stats/compare.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber } from '../lib/format.ts';
import { COMPARISON_COLOURS } from './ComparisonBadge.tsx';

export interface Spine {
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

const W = 300;
const PAD = 10;

export function SpineChart({
  spine,
  value,
  national,
  polarity,
  comparison,
  regionName,
  plural,
  decimals,
}: {
  spine: Spine;
  value: number | null;
  national: number | null;
  polarity: Polarity;
  comparison: Comparison;
  regionName: string;
  plural: string;
  decimals: number;
}) {
  const { t } = useI18n();
  const { min, q1, median, q3, max } = spine;
  if (min === null || max === null || q1 === null || q3 === null || median === null) return null;
  const lo = Math.min(min, value ?? min, national ?? min);
  const hi = Math.max(max, value ?? max, national ?? max);
  const span = hi - lo || 1;
  const reversed = polarity === 'lower-is-better';
  const x = (v: number) => {
    const f = (v - lo) / span;
    return PAD + (reversed ? 1 - f : f) * (W - 2 * PAD);
  };
  const band = (a: number, b: number) => ({ x: Math.min(x(a), x(b)), width: Math.abs(x(b) - x(a)) });
  const outer = band(min, max);
  const inner = band(q1, q3);
  const f = (v: number | null) => formatNumber(v, decimals, t.locale);
  const alt = t.spine.alt({
    name: regionName,
    value: f(value),
    national: f(national),
    plural,
    min: f(min),
    q1: f(q1),
    median: f(median),
    q3: f(q3),
    max: f(max),
  });
  const [left, right] =
    polarity === 'neutral' ? [t.spine.lowest, t.spine.highest] : [t.spine.worst, t.spine.best];
  return (
    <figure className="jp-spine">
      <figcaption className="jp-chart-title">{t.spine.title(plural)}</figcaption>
      <svg viewBox={`0 0 ${W} 62`} role="img" aria-label={alt} className="jp-spine__svg">
        <title>{alt}</title>
        <rect x={outer.x} y={16} width={outer.width} height={18} fill="#d5dae1" />
        <rect x={inner.x} y={16} width={inner.width} height={18} fill="#7d8a9c" />
        <line x1={x(median)} x2={x(median)} y1={16} y2={34} stroke="#ffffff" strokeWidth={2} />
        {national !== null && (
          <line x1={x(national)} x2={x(national)} y1={9} y2={41} stroke="#1a1a1a" strokeWidth={2.5} />
        )}
        {value !== null && (
          <circle
            cx={x(value)}
            cy={25}
            r={7}
            fill={COMPARISON_COLOURS[comparison]}
            stroke="#1a1a1a"
            strokeWidth={1.5}
          />
        )}
        <text x={PAD} y={56} fontSize={11} fill="#4a4a4a">
          {left}
        </text>
        <text x={W - PAD} y={56} fontSize={11} fill="#4a4a4a" textAnchor="end">
          {right}
        </text>
      </svg>
      <p className="jp-chart-note">{t.spine.legend}</p>
    </figure>
  );
}
