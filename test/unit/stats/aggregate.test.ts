import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCounts, populationWeightedMean } from '../../../src/stats/aggregate.ts';
import { poissonRate, wilson } from '../../../src/stats/intervals.ts';

describe('aggregateCounts', () => {
  it('sums counts and denominators, then applies the method (65/100 = 30/40 + 35/60)', () => {
    const e = aggregateCounts(
      [
        { count: 30, denominator: 40 },
        { count: 35, denominator: 60 },
      ],
      'wilson',
      100,
    );
    expect(e).toEqual({ ...wilson(65, 100), count: 65, denominator: 100 });
    expect(e.lower).toBeCloseTo(55.254443296888, 9); // mpmath, see intervals.test.ts
    const r = aggregateCounts([{ count: 4, denominator: 5000 }], 'byar-exact-poisson', 100_000, 0.998);
    expect(r).toEqual({ ...poissonRate(4, 5000, 0.998), count: 4, denominator: 5000 });
    expect(aggregateCounts([], 'wilson', 100)).toEqual({
      value: null,
      lower: null,
      upper: null,
      count: 0,
      denominator: 0,
    });
  });
  it('property: aggregating one part equals the part itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom(0.95, 0.998 as const),
        (a, b, level) => {
          const [count, denominator] = a <= b ? [a, b] : [b, a];
          expect(aggregateCounts([{ count, denominator }], 'wilson', 100, level)).toEqual({
            ...wilson(count, denominator, level),
            count,
            denominator,
          });
          expect(aggregateCounts([{ count, denominator }], 'byar-exact-poisson', 1000, level)).toMatchObject(
            poissonRate(count, denominator, level, 1000),
          );
        },
      ),
    );
  });
});

describe('populationWeightedMean', () => {
  it('worked example (hand-computed)', () => {
    // values 10 (pop 1000, 95 % 8–12) and 20 (pop 3000, 95 % 16–24): mean (10·1000 + 20·3000)/4000 = 17.5;
    // SEs 2/1.959964 and 4/1.959964; var = (1000²·SE1² + 3000²·SE2²)/4000² = (4 + 144)/16 · (1/1.959964)²,
    // so the 95 % half-width is √9.25 = √37/2 = 3.04138.
    const e = populationWeightedMean([
      { value: 10, lower: 8, upper: 12, population: 1000 },
      { value: 20, lower: 16, upper: 24, population: 3000 },
    ]);
    expect(e.value).toBe(17.5);
    expect(e.upper! - e.value!).toBeCloseTo(Math.sqrt(37) / 2, 12);
    expect(e.value! - e.lower!).toBeCloseTo(Math.sqrt(37) / 2, 12);
    expect(e.population).toBe(4000);
    expect(e.note).toBeNull();
    const e998 = populationWeightedMean(
      [
        { value: 10, lower: 8, upper: 12, population: 1000 },
        { value: 20, lower: 16, upper: 24, population: 3000 },
      ],
      0.998,
    );
    expect(e998.upper! - e998.value!).toBeCloseTo(
      ((Math.sqrt(37) / 2) * 3.090232306167813) / 1.959963984540054,
      12,
    );
  });
  it('limits null with a note when a part has no limits; all null without population', () => {
    const e = populationWeightedMean([
      { value: 10, lower: null, upper: null, population: 1 },
      { value: 20, lower: 19, upper: 21, population: 1 },
    ]);
    expect(e).toMatchObject({ value: 15, lower: null, upper: null });
    expect(e.note?.nl).toMatch(/niet elke gemeente/);
    expect(populationWeightedMean([])).toMatchObject({
      value: null,
      lower: null,
      upper: null,
      population: 0,
    });
  });
  it('property: one part with a symmetric 95 % interval gives that part back; 99.8 % contains 95 %', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 1e6 }),
        (value, half, population) => {
          const part = { value, lower: value - half, upper: value + half, population };
          const e = populationWeightedMean([part]);
          expect(e.value).toBeCloseTo(value, 9);
          expect(e.lower!).toBeCloseTo(part.lower, 9);
          expect(e.upper!).toBeCloseTo(part.upper, 9);
          const e998 = populationWeightedMean([part], 0.998);
          expect(e998.lower!).toBeLessThanOrEqual(e.lower! + 1e-9);
          expect(e998.upper!).toBeGreaterThanOrEqual(e.upper! - 1e-9);
        },
      ),
    );
  });
});
