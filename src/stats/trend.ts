// Recent-trend test over the last five points (OHID Fingertips "recent trend" marker).
import type { Polarity } from './compare.ts';
import type { Reason } from './types.ts';

export type TrendMarker = 'increasing' | 'decreasing' | 'no-significant-change' | 'cannot-be-calculated';

export interface TrendResult {
  marker: TrendMarker;
  /** Increasing/decreasing read through the polarity; null when not significant, not calculable or neutral. */
  direction: 'getting-better' | 'getting-worse' | null;
  slope: number | null;
  chiSquare: number | null;
  /** Number of points used (5 when calculated). */
  pointsUsed: number;
  reason: Reason | null;
}

export interface TrendPoint {
  value: number;
  lower: number | null;
  upper: number | null;
}

/** Points used by the test. */
export const TREND_POINTS = 5;
/** χ² critical value for p = 0.002 with 1 df (99.8 %), as in Fingertips' TrendMarkerCalculator. */
export const TREND_CHI_SQUARE = 9.54953570608324;
const Z95 = 1.959963984540054;

interface Fit {
  slope: number;
  chiSquare: number;
}

/** Weighted least squares of value on time 1..k, weights w = 1/SE². */
function weightedFit(t: number[], y: number[], w: number[]): Fit {
  let sw = 0;
  let swt = 0;
  let swy = 0;
  let swtt = 0;
  let swty = 0;
  t.forEach((ti, i) => {
    const wi = w[i]!;
    const yi = y[i]!;
    sw += wi;
    swt += wi * ti;
    swy += wi * yi;
    swtt += wi * ti * ti;
    swty += wi * ti * yi;
  });
  const det = sw * swtt - swt * swt;
  const slope = (sw * swty - swt * swy) / det;
  const se = Math.sqrt(sw / det);
  return { slope, chiSquare: (slope / se) ** 2 };
}

/**
 * Recent trend (Fingertips TrendMarkerCalculator, legacy method for non-SPC indicators):
 * on the last five points (ordered oldest → newest, time t = 1..5) a precision-weighted linear regression with
 * wᵢ = 1/SEᵢ², SEᵢ = (upper95ᵢ − lower95ᵢ)/(2·1.959964) (Fingertips divides by 3.92);
 *   slope = (Σw·Σwty − Σwt·Σwy)/D,  SE(slope) = √(Σw/D),  D = Σw·Σwt² − (Σwt)²,  χ² = (slope/SE)².
 * Significant when χ² > 9.5495 (p < 0.002) and the slope keeps its sign when each point in turn is left out
 * (robustness check: 6 fits in all). Significant positive slope → increasing, negative → decreasing; direction
 * through polarity. Fewer than five points, or one of the last five without valid 95 % limits (missing or zero
 * width) → cannot-be-calculated.
 */
export function trendTest(points: TrendPoint[], polarity: Polarity): TrendResult {
  const cannot = (nl: string, en: string, used: number): TrendResult => ({
    marker: 'cannot-be-calculated',
    direction: null,
    slope: null,
    chiSquare: null,
    pointsUsed: used,
    reason: { nl, en },
  });
  if (points.length < TREND_POINTS) {
    return cannot(
      `Te weinig meetmomenten: een trend vraagt ${TREND_POINTS} perioden, er zijn er ${points.length}.`,
      `Too few periods: a trend needs ${TREND_POINTS}, there are ${points.length}.`,
      points.length,
    );
  }
  const last = points.slice(-TREND_POINTS);
  const valid = last.every(
    (p) => Number.isFinite(p.value) && p.lower !== null && p.upper !== null && p.upper - p.lower > 0,
  );
  if (!valid) {
    return cannot(
      'Niet voor alle vijf laatste perioden is een betrouwbaarheidsinterval bekend.',
      'A confidence interval is missing for one of the last five periods.',
      TREND_POINTS,
    );
  }
  const t = last.map((_, i) => i + 1);
  const y = last.map((p) => p.value);
  const w = last.map((p) => ((2 * Z95) / (p.upper! - p.lower!)) ** 2);
  const all = weightedFit(t, y, w);
  const robust = t.every((_, left) => {
    const keep = (__: unknown, i: number) => i !== left;
    const s = weightedFit(t.filter(keep), y.filter(keep), w.filter(keep)).slope;
    return Math.sign(s) === Math.sign(all.slope);
  });
  const significant = all.chiSquare > TREND_CHI_SQUARE && robust && all.slope !== 0;
  const marker: TrendMarker = !significant
    ? 'no-significant-change'
    : all.slope > 0
      ? 'increasing'
      : 'decreasing';
  let direction: TrendResult['direction'] = null;
  if (significant && polarity !== 'neutral') {
    direction =
      (marker === 'increasing') === (polarity === 'higher-is-better') ? 'getting-better' : 'getting-worse';
  }
  return {
    marker,
    direction,
    slope: all.slope,
    chiSquare: all.chiSquare,
    pointsUsed: TREND_POINTS,
    reason: null,
  };
}
