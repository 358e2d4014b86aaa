// Confidence intervals for proportions, rates, means and directly standardised rates, following the R package
// PHEindicatormethods (OHID, the methods behind Fingertips). Limits are `null` where they are not defined.
import { chiSquareQuantile, studentTQuantile, zForLevel } from './distributions.ts';
import { EMPTY_ESTIMATE, type Estimate, type Level } from './types.ts';

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

const isCount = (x: number) => Number.isFinite(x) && x >= 0;

/**
 * Proportion with Wilson score limits (PHEindicatormethods `phe_proportion`, `wilson_lower`/`wilson_upper`;
 * Wilson 1927, Newcombe 1998 method 3):
 *   value = x/n · multiplier,
 *   limits = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)) · multiplier.
 * Defined at x = 0 (lower 0) and x = n (upper = multiplier). Denominator 0 → all null.
 * Throws RangeError for negative or non-finite input or x > n.
 */
export function wilson(count: number, denominator: number, level: Level = 0.95, multiplier = 100): Estimate {
  check(isCount(count) && isCount(denominator), 'wilson: count and denominator must be finite and >= 0');
  check(count <= denominator, 'wilson: count must not exceed the denominator');
  if (denominator === 0) return { ...EMPTY_ESTIMATE };
  const z = zForLevel(level);
  const x = count;
  const n = denominator;
  const root = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  const lower = x === 0 ? 0 : (2 * x + z * z - root) / (2 * (n + z * z));
  const upper = x === n ? 1 : (2 * x + z * z + root) / (2 * (n + z * z));
  return { value: (x / n) * multiplier, lower: lower * multiplier, upper: upper * multiplier };
}

/**
 * Exact Poisson limits for an observed count O (PHEindicatormethods `phe_rate` for O < 10; Armitage & Berry 2002):
 *   lower = qchisq(α/2, 2O)/2,  upper = qchisq(1 − α/2, 2O + 2)/2.
 * For O = 0 the lower limit is 0.
 */
export function exactPoisson(count: number, level: Level = 0.95): { lower: number; upper: number } {
  check(isCount(count), 'exactPoisson: count must be finite and >= 0');
  const alpha = 1 - level;
  return {
    lower: chiSquareQuantile(alpha / 2, 2 * count) / 2,
    upper: chiSquareQuantile(1 - alpha / 2, 2 * count + 2) / 2,
  };
}

/**
 * Byar's approximation to the Poisson limits of a count O (PHEindicatormethods `byars_lower`/`byars_upper`;
 * Breslow & Day 1987):
 *   lower = O·(1 − 1/(9O) − z/(3√O))³,  upper = (O+1)·(1 − 1/(9(O+1)) + z/(3√(O+1)))³.
 * The lower limit is set to 0 for O = 0 and floored at 0 (the formula is negative for very small O at 99.8 %;
 * PHEindicatormethods never meets this because it uses exact limits below 10).
 */
export function byar(count: number, level: Level = 0.95): { lower: number; upper: number } {
  check(isCount(count), 'byar: count must be finite and >= 0');
  const z = zForLevel(level);
  const o = count;
  const lower = o === 0 ? 0 : Math.max(0, o * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3);
  const upper = (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * Math.sqrt(o + 1))) ** 3;
  return { lower, upper };
}

/** Limits of a Poisson count as in PHEindicatormethods `phe_rate`: exact below 10 events, Byar's from 10. */
export function poissonLimits(count: number, level: Level = 0.95): { lower: number; upper: number } {
  return count < 10 ? exactPoisson(count, level) : byar(count, level);
}

/**
 * Crude rate O/n · multiplier with Poisson limits (PHEindicatormethods `phe_rate`): exact (chi-square) limits
 * for O < 10, Byar's for O ≥ 10, each divided by n and multiplied. Denominator 0 → all null.
 */
export function poissonRate(
  count: number,
  denominator: number,
  level: Level = 0.95,
  multiplier = 100_000,
): Estimate {
  check(isCount(count) && isCount(denominator), 'poissonRate: count and denominator must be finite and >= 0');
  if (denominator === 0) return { ...EMPTY_ESTIMATE };
  const { lower, upper } = poissonLimits(count, level);
  const f = multiplier / denominator;
  return { value: count * f, lower: lower * f, upper: upper * f };
}

/**
 * Mean with Student t limits (PHEindicatormethods `phe_mean`):
 *   mean ∓ t(1 − α/2, n − 1) · sd/√n.
 * n < 2 → value only, limits null (no degrees of freedom).
 */
export function meanInterval(mean: number, sd: number, n: number, level: Level = 0.95): Estimate {
  check(Number.isFinite(mean), 'meanInterval: mean must be finite');
  check(isCount(sd) && isCount(n), 'meanInterval: sd and n must be finite and >= 0');
  if (n < 2) return { value: mean, lower: null, upper: null };
  const half = (studentTQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { value: mean, lower: mean - half, upper: mean + half };
}

/** European Standard Population 2013, 19 bands (0 and 1–4 merged; 90–94 and 95+ merged); sums to 100 000. */
export const ESP2013: readonly number[] = Object.freeze([
  5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500,
  1000,
]);

/** Labels of the ESP2013 bands, in the same order as `ESP2013`. */
export const ESP2013_BANDS: readonly string[] = Object.freeze([
  ...Array.from({ length: 18 }, (_, i) => `${5 * i}-${5 * i + 4}`),
  '90+',
]);

/**
 * Directly standardised rate with Dobson limits (PHEindicatormethods `phe_dsr`; Dobson et al., Stat Med
 * 1991;10:457-62), bands matched to `standard` by position:
 *   DSR = Σ(xᵢ·wᵢ/nᵢ) / Σwᵢ · multiplier,  var = Σ(xᵢ·(wᵢ/nᵢ)²) / (Σwᵢ)²,  O = Σxᵢ,
 *   limits = DSR + √(var/O) · (Byar(O) − O) · multiplier.
 * As in phe_dsr, nothing is computed (all null) when O < 10. A band with population 0 and count 0 contributes
 * nothing (phe_dsr would stop); a band with events but population 0 is an error. The lower limit is floored at 0.
 */
export function dsr(
  bands: { count: number; population: number }[],
  standard: readonly number[] = ESP2013,
  level: Level = 0.95,
  multiplier = 100_000,
): Estimate {
  check(bands.length === standard.length, 'dsr: bands and standard population differ in length');
  let weightSum = 0;
  let rateSum = 0;
  let varSum = 0;
  let total = 0;
  bands.forEach((b, i) => {
    const w = standard[i]!;
    check(isCount(b.count) && isCount(b.population) && isCount(w), 'dsr: counts/populations must be >= 0');
    check(b.population > 0 || b.count === 0, 'dsr: a band has events but no population');
    weightSum += w;
    total += b.count;
    if (b.population === 0) return;
    rateSum += (b.count * w) / b.population;
    varSum += b.count * (w / b.population) ** 2;
  });
  if (total < 10 || weightSum === 0) return { ...EMPTY_ESTIMATE };
  const value = rateSum / weightSum;
  const se = Math.sqrt(varSum / weightSum ** 2 / total);
  const limits = byar(total, level);
  return {
    value: value * multiplier,
    lower: Math.max(0, value + se * (limits.lower - total)) * multiplier,
    upper: (value + se * (limits.upper - total)) * multiplier,
  };
}
