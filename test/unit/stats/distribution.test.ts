// Expected quantiles: R's default type 7, e.g. quantile(1:10, seq(0, 1, 0.2)) = 1.0 2.8 4.6 6.4 8.2 10.0 and
// summary(1:10) = 1.00 3.25 5.50 7.75 10.00 (hand-checked: h = (n − 1)p, linear interpolation).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distributionOf,
  quantileBreaks,
  quantileGroup,
  rank,
  rankIn,
  spineSummary,
} from '../../../src/stats/distribution.ts';

const oneToTen = [7, 3, 10, 1, 5, 2, 9, 4, 8, 6];

describe('quantileBreaks / quantileGroup', () => {
  it('quintiles and quartiles of 1..10 (R type 7)', () => {
    const quintiles = quantileBreaks(oneToTen, 5);
    for (const [i, b] of [1, 2.8, 4.6, 6.4, 8.2, 10].entries()) expect(quintiles[i]).toBeCloseTo(b, 12);
    expect(quantileBreaks(oneToTen, 4)).toEqual([1, 3.25, 5.5, 7.75, 10]);
    expect(quantileBreaks([], 5)).toEqual([]);
    expect(quantileBreaks([4, Number.NaN], 4)).toEqual([4, 4, 4, 4, 4]);
  });
  it('groups are right-closed, lowest group includes the minimum', () => {
    const b = quantileBreaks(oneToTen, 5);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => quantileGroup(v, b))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
    expect(quantileGroup(-5, b)).toBe(1);
    expect(quantileGroup(50, b)).toBe(5);
    expect(quantileGroup(Number.NaN, b)).toBeNull();
    expect(quantileGroup(3, [1])).toBeNull();
  });
  it('property: groups lie in 1..k and never decrease with the value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        fc.constantFrom(4, 5),
        (vs, k) => {
          const b = quantileBreaks(vs, k);
          const sorted = [...vs].sort((x, y) => x - y);
          const groups = sorted.map((v) => quantileGroup(v, b)!);
          groups.forEach((g, i) => {
            expect(g).toBeGreaterThanOrEqual(1);
            expect(g).toBeLessThanOrEqual(k);
            if (i > 0) expect(g).toBeGreaterThanOrEqual(groups[i - 1]!);
          });
        },
      ),
    );
  });
});

describe('rank', () => {
  it('1 = best, ties share the best rank', () => {
    const v = [10, 20, 20, 30];
    expect(rank(v, 30, 'higher-is-better')).toBe(1);
    expect(rank(v, 20, 'higher-is-better')).toBe(2);
    expect(rank(v, 10, 'higher-is-better')).toBe(4);
    expect(rank(v, 10, 'lower-is-better')).toBe(1);
    expect(rank(v, 20, 'lower-is-better')).toBe(2);
    expect(rank(v, 30, 'neutral')).toBe(1);
    expect(rank(v, Number.NaN, 'neutral')).toBeNull();
  });
});

describe('spineSummary', () => {
  it('min, Q1, median, Q3, max (R summary(1:10))', () => {
    expect(spineSummary(oneToTen)).toEqual({ min: 1, q1: 3.25, median: 5.5, q3: 7.75, max: 10 });
    expect(spineSummary([])).toEqual({ min: null, q1: null, median: null, q3: null, max: null });
  });
});

describe('distributionOf / rankIn (one sort for many ranks)', () => {
  it('worked values: 1..10, ties and non-finite values', () => {
    const d = distributionOf([...oneToTen, Number.NaN]);
    expect(d.count).toBe(11);
    expect(d.sorted).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(d.spine).toEqual({ min: 1, q1: 3.25, median: 5.5, q3: 7.75, max: 10 });
    expect(rankIn(d, 10, 'higher-is-better')).toBe(1);
    expect(rankIn(d, 10, 'lower-is-better')).toBe(10);
    expect(rankIn(d, 5.5, 'neutral')).toBe(6);
    expect(rankIn(d, Number.NaN, 'neutral')).toBeNull();
    const ties = distributionOf([3, 3, 1, 3]);
    expect(rankIn(ties, 3, 'higher-is-better')).toBe(1);
    expect(rankIn(ties, 3, 'lower-is-better')).toBe(2);
    expect(distributionOf([]).spine).toEqual(spineSummary([]));
  });
  it('property: equals rank, quantileBreaks and spineSummary on the same values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -1e6, max: 1e6 }))),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const, 'neutral' as const),
        (values, probe, polarity) => {
          const d = distributionOf(values);
          expect(d.quintileBreaks).toEqual(quantileBreaks(values, 5));
          expect(d.spine).toEqual(spineSummary(values));
          for (const v of [probe, ...values]) expect(rankIn(d, v, polarity)).toBe(rank(values, v, polarity));
        },
      ),
    );
  });
});
