// Where a value sits among the values of comparable areas: quantile breaks, groups, ranks, spine summary.
import type { Polarity } from './compare.ts';

const finiteSorted = (values: readonly number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);

/** Quantile of sorted values, R's default type 7: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
function quantile7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

/**
 * k + 1 breaks [min, q(1/k), …, q((k−1)/k), max] of the finite values, using R's default quantile type 7
 * (`quantile(x, seq(0, 1, 1/k))`; Hyndman & Fan 1996). k = 5 gives quintiles, k = 4 quartiles.
 * Returns [] when there are no finite values.
 */
export function quantileBreaks(values: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('quantileBreaks: k must be a positive integer');
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return [];
  return Array.from({ length: k + 1 }, (_, i) => quantile7(sorted, i / k));
}

/**
 * Group 1..k of a value given k + 1 breaks: the first group i with value ≤ breaks[i] (intervals closed on the
 * right, the lowest one closed on both sides, like R `cut(…, include.lowest = TRUE)`). Values beyond the
 * extremes go to group 1 or k. Null for a non-finite value or fewer than two breaks.
 */
export function quantileGroup(value: number, breaks: readonly number[]): number | null {
  const k = breaks.length - 1;
  if (k < 1 || !Number.isFinite(value)) return null;
  for (let i = 1; i < k; i++) if (value <= breaks[i]!) return i;
  return k;
}

/**
 * Rank of `value` among `values`, 1 = best: 1 + the number of values that are better (higher for
 * higher-is-better, lower for lower-is-better; neutral ranks from the highest). Ties share the best rank
 * ("competition" ranking). Non-finite values are ignored; null for a non-finite value.
 */
export function rank(values: readonly number[], value: number, polarity: Polarity): number | null {
  if (!Number.isFinite(value)) return null;
  const better = polarity === 'lower-is-better' ? (v: number) => v < value : (v: number) => v > value;
  return 1 + values.filter((v) => Number.isFinite(v) && better(v)).length;
}

/** Spine-chart summary (Fingertips): min, Q1, median, Q3, max of the finite values (type 7); null when empty. */
export function spineSummary(values: readonly number[]): {
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
} {
  return spineOf(quantileBreaks(values, 4));
}

function spineOf(quartiles: readonly number[]): ReturnType<typeof spineSummary> {
  const [min, q1, median, q3, max] = quartiles;
  return { min: min ?? null, q1: q1 ?? null, median: median ?? null, q3: q3 ?? null, max: max ?? null };
}

/** The values of comparable areas sorted once, for many ranks and summaries of the same values (a profile asks
 *  for one area's place among all gemeenten for every indicator). */
export interface Distribution {
  /** How many values there are (non-finite ones included, as in `of` of a rank). */
  count: number;
  /** The finite values, ascending. */
  sorted: number[];
  quintileBreaks: number[];
  spine: ReturnType<typeof spineSummary>;
}

export function distributionOf(values: readonly number[]): Distribution {
  const sorted = finiteSorted(values);
  const quantiles = (k: number) =>
    sorted.length === 0 ? [] : Array.from({ length: k + 1 }, (_, i) => quantile7(sorted, i / k));
  return {
    count: values.length,
    sorted,
    quintileBreaks: quantiles(5),
    spine: spineOf(quantiles(4)),
  };
}

/** The first index whose value is not below (strict: not at or below) `value`, by bisection. */
function bisect(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value || (strict && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `rank` over a distribution: the same competition rank, found by bisection instead of a pass over the values. */
export function rankIn(distribution: Distribution, value: number, polarity: Polarity): number | null {
  if (!Number.isFinite(value)) return null;
  const { sorted } = distribution;
  const better =
    polarity === 'lower-is-better'
      ? bisect(sorted, value, false)
      : sorted.length - bisect(sorted, value, true);
  return 1 + better;
}
