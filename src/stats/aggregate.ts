// Aggregating gemeente figures into a larger region (a zorgkantoorregio, a custom region).
import { zForLevel } from './distributions.ts';
import { poissonRate, wilson } from './intervals.ts';
import type { Estimate, Level, Reason } from './types.ts';

const Z95 = 1.959963984540054;

/**
 * Sum the counts and denominators of the parts, then compute the estimate of the total with the indicator's
 * method: `wilson` (proportion, `phe_proportion`) or `byar-exact-poisson` (rate, `phe_rate`).
 * No parts → count and denominator 0, estimate null.
 */
export function aggregateCounts(
  parts: readonly { count: number; denominator: number }[],
  method: 'wilson' | 'byar-exact-poisson',
  multiplier: number,
  level: Level = 0.95,
): Estimate & { count: number; denominator: number } {
  const count = parts.reduce((s, p) => s + p.count, 0);
  const denominator = parts.reduce((s, p) => s + p.denominator, 0);
  return estimateFromTotals(count, denominator, method, multiplier, level);
}

/** The estimate of a total already summed (aggregateCounts without the parts: the engine sums in one pass). */
export function estimateFromTotals(
  count: number,
  denominator: number,
  method: 'wilson' | 'byar-exact-poisson',
  multiplier: number,
  level: Level = 0.95,
): Estimate & { count: number; denominator: number } {
  const estimate =
    method === 'wilson'
      ? wilson(count, denominator, level, multiplier)
      : poissonRate(count, denominator, level, multiplier);
  // A plain literal, not a spread with new fields (V8 copies those slowly; this runs for every region estimate).
  return { value: estimate.value, lower: estimate.lower, upper: estimate.upper, count, denominator };
}

export interface WeightedPart {
  value: number;
  lower: number | null;
  upper: number | null;
  population: number;
}

/**
 * Population-weighted mean of estimates that come without counts (the RIVM rule for zorgkantoorregio's):
 *   x̄ = Σwᵢxᵢ / Σwᵢ,  var(x̄) = Σwᵢ²·varᵢ / (Σwᵢ)²,  varᵢ = ((upperᵢ − lowerᵢ)/(2·1.959964))²,
 * where the parts' limits are 95 % limits and the parts are taken as independent; limits x̄ ∓ z·√var(x̄) at the
 * requested level (symmetric, normal approximation — so one part with an asymmetric interval does not get its own
 * interval back). Limits are null, with a `note`, when any part lacks limits. Total population 0 → all null.
 */
export function populationWeightedMean(
  parts: readonly WeightedPart[],
  level: Level = 0.95,
): Estimate & { population: number; note: Reason | null } {
  const population = parts.reduce((s, p) => s + p.population, 0);
  if (!(population > 0) || parts.some((p) => !Number.isFinite(p.value) || p.population < 0)) {
    return {
      value: null,
      lower: null,
      upper: null,
      population,
      note: {
        nl: 'Geen inwoners of geen waarden om te middelen.',
        en: 'No population or values to average.',
      },
    };
  }
  const value = parts.reduce((s, p) => s + p.population * p.value, 0) / population;
  if (parts.some((p) => p.lower === null || p.upper === null)) {
    return {
      value,
      lower: null,
      upper: null,
      population,
      note: {
        nl: 'Geen betrouwbaarheidsinterval: niet elke gemeente heeft een interval.',
        en: 'No confidence interval: not every municipality has an interval.',
      },
    };
  }
  const variance =
    parts.reduce((s, p) => s + p.population ** 2 * ((p.upper! - p.lower!) / (2 * Z95)) ** 2, 0) /
    population ** 2;
  const half = zForLevel(level) * Math.sqrt(variance);
  return { value, lower: value - half, upper: value + half, population, note: null };
}
