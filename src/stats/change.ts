// Change between two periods and averages over several periods.

const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Change in percentage points from a to b (both percentages): b − a. Null if either is missing. */
export function percentagePointChange(a: number | null, b: number | null): number | null {
  return ok(a) && ok(b) ? b - a : null;
}

/** Relative change from a to b in percent: (b − a)/|a| · 100. Null if either is missing or a = 0. */
export function relativeChange(a: number | null, b: number | null): number | null {
  return ok(a) && ok(b) && a !== 0 ? ((b - a) / Math.abs(a)) * 100 : null;
}

export interface PeriodPoint {
  count?: number | null;
  denominator?: number | null;
  value?: number | null;
}

export interface MultiYearAverage {
  value: number | null;
  /** pooled-counts: Σcount/Σdenominator·multiplier; mean-of-values: unweighted mean of the values. */
  method: 'pooled-counts' | 'mean-of-values' | 'none';
  count: number | null;
  denominator: number | null;
}

/**
 * Average over several periods. When every point has a count and a denominator the counts are pooled
 * (Σcount/Σdenominator · multiplier, as Fingertips does for multi-year indicators, so years weigh by their
 * size); otherwise the plain mean of the values (numbers, or the points' `value`). Null when nothing is usable
 * or the pooled denominator is 0.
 */
export function multiYearAverage(
  points: readonly (number | PeriodPoint)[],
  multiplier = 1,
): MultiYearAverage {
  const objs = points.map((p) => (typeof p === 'number' ? { value: p } : p));
  if (objs.length > 0 && objs.every((p) => ok(p.count) && ok(p.denominator))) {
    const count = objs.reduce((s, p) => s + p.count!, 0);
    const denominator = objs.reduce((s, p) => s + p.denominator!, 0);
    const value = denominator > 0 ? (count / denominator) * multiplier : null;
    return { value, method: 'pooled-counts', count, denominator };
  }
  const values = objs.map((p) => p.value).filter(ok);
  if (values.length === 0) return { value: null, method: 'none', count: null, denominator: null };
  const value = values.reduce((s, v) => s + v, 0) / values.length;
  return { value, method: 'mean-of-values', count: null, denominator: null };
}
