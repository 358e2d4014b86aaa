// Significance of an area's value against a benchmark value (Fingertips "RAG" comparison).
import type { Polarity } from '../indicators/schema.ts';
import type { Estimate } from './types.ts';

export type { Polarity };
export type Comparison = 'better' | 'worse' | 'similar' | 'higher' | 'lower' | 'not-compared';

/**
 * Compares the area's confidence interval with the benchmark's point value (not interval overlap), as OHID
 * Fingertips does (BenchmarkComparisonEngine, "CI overlapping reference value"):
 *   upper < benchmark → lower;  lower > benchmark → higher;  otherwise similar.
 * Then by polarity: higher-is-better → better/worse, lower-is-better → worse/better, neutral → higher/lower.
 * Missing limits or benchmark → not-compared. A limit exactly equal to the benchmark counts as similar.
 */
export function compareWithBenchmark(
  estimate: Estimate,
  benchmark: number | null,
  polarity: Polarity,
): Comparison {
  const { lower, upper } = estimate;
  if (lower === null || upper === null || benchmark === null || !Number.isFinite(benchmark))
    return 'not-compared';
  const side = upper < benchmark ? 'lower' : lower > benchmark ? 'higher' : 'similar';
  if (side === 'similar' || polarity === 'neutral') return side;
  return (side === 'higher') === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

/** The comparison at both levels: `at95` from the 95 % estimate, `at998` from the 99.8 % estimate. */
export function compareWithBenchmarkBoth(
  estimate95: Estimate,
  estimate998: Estimate,
  benchmark: number | null,
  polarity: Polarity,
): { at95: Comparison; at998: Comparison } {
  return {
    at95: compareWithBenchmark(estimate95, benchmark, polarity),
    at998: compareWithBenchmark(estimate998, benchmark, polarity),
  };
}
