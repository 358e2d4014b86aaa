// A comparison in colour AND words (colour-blind safe palette after Fingertips: blue = better,
// orange = worse, yellow = similar, purple shades = higher/lower without judgement, white = not compared).
import type { Comparison } from '../../stats/compare.ts';
import { useI18n } from '../i18n/index.tsx';

export const COMPARISON_COLOURS: Record<Comparison, string> = {
  better: '#1d5fa8',
  worse: '#c4420e',
  similar: '#f2c744',
  higher: '#5e3c99',
  lower: '#d4c7ea',
  'not-compared': '#ffffff',
};

export const COMPARISON_ORDER: Comparison[] = [
  'better',
  'similar',
  'worse',
  'higher',
  'lower',
  'not-compared',
];

export function ComparisonBadge({
  comparison,
  benchmark,
  short = false,
}: {
  comparison: Comparison;
  /** Name of the benchmark; Nederland when left out. */
  benchmark?: string;
  short?: boolean;
}) {
  const { t } = useI18n();
  const label = short
    ? t.comparisonShort[comparison]
    : benchmark
      ? t.comparisonWith(comparison, benchmark)
      : t.comparison[comparison];
  return (
    <span className={`jp-cmp jp-cmp--${comparison}`}>
      <span className="jp-cmp__swatch" aria-hidden="true" />
      {label}
    </span>
  );
}

export function ComparisonLegend({ neutral = true }: { neutral?: boolean }) {
  const { t } = useI18n();
  const items = neutral ? COMPARISON_ORDER : COMPARISON_ORDER.filter((c) => c !== 'higher' && c !== 'lower');
  return (
    <ul className="jp-legend" aria-label={t.profile.legendTitle}>
      {items.map((c) => (
        <li key={c}>
          <ComparisonBadge comparison={c} />
        </li>
      ))}
    </ul>
  );
}
