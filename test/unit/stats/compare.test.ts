// Rules from Fingertips BenchmarkComparisonEngine (anchors.md §6): the area's interval against the benchmark value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, compareWithBenchmarkBoth } from '../../../src/stats/compare.ts';
import { wilson } from '../../../src/stats/intervals.ts';

const est = (lower: number | null, upper: number | null) => ({ value: 0, lower, upper });

describe('compareWithBenchmark', () => {
  it('interval above, below or around the benchmark, read through polarity', () => {
    expect(compareWithBenchmark(est(12, 14), 10, 'higher-is-better')).toBe('better');
    expect(compareWithBenchmark(est(12, 14), 10, 'lower-is-better')).toBe('worse');
    expect(compareWithBenchmark(est(12, 14), 10, 'neutral')).toBe('higher');
    expect(compareWithBenchmark(est(6, 8), 10, 'higher-is-better')).toBe('worse');
    expect(compareWithBenchmark(est(6, 8), 10, 'lower-is-better')).toBe('better');
    expect(compareWithBenchmark(est(6, 8), 10, 'neutral')).toBe('lower');
    expect(compareWithBenchmark(est(9, 11), 10, 'higher-is-better')).toBe('similar');
    expect(compareWithBenchmark(est(9, 11), 10, 'neutral')).toBe('similar');
  });
  it('a limit touching the benchmark is similar', () => {
    expect(compareWithBenchmark(est(10, 12), 10, 'higher-is-better')).toBe('similar');
    expect(compareWithBenchmark(est(8, 10), 10, 'higher-is-better')).toBe('similar');
  });
  it('not compared without limits or benchmark', () => {
    expect(compareWithBenchmark(est(null, 12), 10, 'higher-is-better')).toBe('not-compared');
    expect(compareWithBenchmark(est(9, null), 10, 'neutral')).toBe('not-compared');
    expect(compareWithBenchmark(est(9, 12), null, 'neutral')).toBe('not-compared');
  });
  it('worked example: 65/100 vs a benchmark of 50 % is higher at 95 % (55.3–73.6) but similar at 99.8 % (49.5–77.8)', () => {
    const r = compareWithBenchmarkBoth(wilson(65, 100), wilson(65, 100, 0.998), 50, 'higher-is-better');
    expect(r).toEqual({ at95: 'better', at998: 'similar' });
  });
  it('property: a significant result at 99.8 % is the same at 95 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (n, f, b) => {
          const x = Math.round(f * n);
          const r = compareWithBenchmarkBoth(wilson(x, n), wilson(x, n, 0.998), b, 'lower-is-better');
          if (r.at998 !== 'similar') expect(r.at95).toBe(r.at998);
        },
      ),
    );
  });
});
