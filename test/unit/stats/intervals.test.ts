// Worked values. Sources:
// - Wilson: Newcombe RG (1998) Stat Med 17:857-872, Table II, method 3 (81/263: 0.2553–0.3662; 15/148:
//   0.0624–0.1605; 0/20: 0–0.1611; 1/29: 0.0061–0.1718), and all digits from mpmath (reference-values.py).
// - Exact Poisson limits: the standard table of 95 % limits for 0–9 events (e.g. Geigy Scientific Tables;
//   0: 0–3.689, 1: 0.0253–5.5716, …), all digits from mpmath.
// - Byar: the formula of PHEindicatormethods byars_lower/upper evaluated with mpmath.
// - t-interval and DSR (Dobson): mpmath evaluation of the formulas in reference-values.py.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byar,
  dsr,
  ESP2013,
  ESP2013_BANDS,
  exactPoisson,
  meanInterval,
  poissonLimits,
  poissonRate,
  wilson,
} from '../../../src/stats/intervals.ts';
import type { Estimate, Level } from '../../../src/stats/types.ts';

const close = (actual: number | null, expected: number, digits = 9) =>
  expect(actual).toBeCloseTo(expected, digits);
const contains = (outer: Estimate, inner: Estimate) => {
  expect(outer.lower!).toBeLessThanOrEqual(inner.lower! + 1e-9);
  expect(outer.upper!).toBeGreaterThanOrEqual(inner.upper! - 1e-9);
};
const ordered = (e: Estimate) => {
  expect(e.lower!).toBeLessThanOrEqual(e.value! + 1e-9);
  expect(e.value!).toBeLessThanOrEqual(e.upper! + 1e-9);
};
const levels: Level[] = [0.95, 0.998];

describe('wilson (phe_proportion)', () => {
  it('Newcombe 1998 Table II examples', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.255288519878274, 0.3662095769828],
      [15, 148, 0.0623863995307363, 0.160487241723308],
      [0, 20, 0, 0.161125158052819],
      [1, 29, 0.00611321429276266, 0.171755218793203],
    ];
    for (const [x, n, lo, hi] of cases) {
      const e = wilson(x, n, 0.95, 1);
      close(e.lower, lo, 12);
      close(e.upper, hi, 12);
    }
  });
  it('1/10 and 65/100 at both levels, as percentages (mpmath)', () => {
    const a = wilson(1, 10);
    expect(a.value).toBe(10);
    close(a.lower, 1.78762130950729);
    close(a.upper, 40.4150026795238);
    const b = wilson(65, 100, 0.998);
    close(b.lower, 49.5494657407045);
    close(b.upper, 77.8354061408969);
  });
  it('edge cases: 0 events, count = n, denominator 0', () => {
    expect(wilson(0, 20)).toMatchObject({ value: 0, lower: 0 });
    const all = wilson(10, 10);
    expect(all.value).toBe(100);
    expect(all.upper).toBe(100);
    close(all.lower, 72.2467200137111);
    close(wilson(10, 10, 0.998).lower, 51.1521099546538);
    expect(wilson(0, 0)).toEqual({ value: null, lower: null, upper: null });
  });
  it('rejects invalid input', () => {
    expect(() => wilson(5, 4)).toThrow(RangeError);
    expect(() => wilson(-1, 4)).toThrow(RangeError);
    expect(() => wilson(Number.NaN, 4)).toThrow(RangeError);
  });
  it('properties: 0 ≤ lower ≤ value ≤ upper ≤ multiplier; 99.8 % contains 95 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(1, 100, 1000),
        (n, f, m) => {
          const x = Math.round(f * n);
          const e95 = wilson(x, n, 0.95, m);
          const e998 = wilson(x, n, 0.998, m);
          for (const e of [e95, e998]) {
            ordered(e);
            expect(e.lower!).toBeGreaterThanOrEqual(0);
            expect(e.upper!).toBeLessThanOrEqual(m);
          }
          contains(e998, e95);
        },
      ),
    );
  });
});

describe('Poisson limits (phe_rate)', () => {
  // 95 %: standard table; 99.8 %: mpmath.
  const table95: [number, number, number][] = [
    [0, 0, 3.68887945411394],
    [1, 0.0253178079842899, 5.5716433909389],
    [2, 0.242209278543965, 7.22468766772396],
    [3, 0.618672122895601, 8.76727306974233],
    [4, 1.08986537362632, 10.2415886754037],
    [5, 1.62348639011842, 11.6683320793227],
    [6, 2.20189425349085, 13.0594740225187],
    [7, 2.81436305151987, 14.4226753617024],
    [8, 3.4538321767485, 15.7631892201933],
    [9, 4.11537309737833, 17.0848034514192],
  ];
  it('exact limits for 0–9 events at 95 %', () => {
    for (const [o, lo, hi] of table95) {
      const e = exactPoisson(o, 0.95);
      close(e.lower, lo, 10);
      close(e.upper, hi, 10);
      expect(poissonLimits(o, 0.95)).toEqual(e);
    }
  });
  it('exact limits at 99.8 % (mpmath) and for 10 events (4.7954–18.3904)', () => {
    close(exactPoisson(0, 0.998).upper, 6.90775527898214); // = −ln(0.001)
    close(exactPoisson(1, 0.998).lower, 0.00100050033358353);
    close(exactPoisson(9, 0.998).upper, 22.6573733090629);
    close(exactPoisson(10, 0.95).lower, 4.79538869613243);
    close(exactPoisson(10, 0.95).upper, 18.3903560420178);
  });
  it("Byar's limits (mpmath); from 10 events poissonLimits uses Byar", () => {
    const b10 = byar(10, 0.95);
    close(b10.lower, 4.78744991396756);
    close(b10.upper, 18.3914586057565);
    expect(poissonLimits(10, 0.95)).toEqual(b10);
    close(byar(65, 0.95).lower, 50.1631877104594);
    close(byar(65, 0.95).upper, 82.8491385459399);
    close(byar(65, 0.998).lower, 42.8802614714802);
    close(byar(65, 0.998).upper, 94.000290844318);
    close(byar(1045, 0.998).lower, 947.940703561037, 8);
    close(byar(1045, 0.998).upper, 1148.80616098803, 8);
    expect(byar(0).lower).toBe(0);
    expect(byar(1, 0.998).lower).toBe(0); // formula negative, floored
  });
  it('rate per 100 000 and edge cases', () => {
    const r = poissonRate(65, 10_000);
    expect(r.value).toBeCloseTo(650, 10);
    close(r.lower, 501.631877104594, 8);
    close(r.upper, 828.491385459399, 8);
    const zero = poissonRate(0, 1000, 0.95, 1000);
    expect(zero.value).toBe(0);
    expect(zero.lower).toBe(0);
    close(zero.upper, 3.68887945411394);
    expect(poissonRate(3, 0)).toEqual({ value: null, lower: null, upper: null });
    expect(() => poissonRate(-1, 10)).toThrow(RangeError);
  });
  it('properties: lower ≤ value ≤ upper, lower ≥ 0, 99.8 % contains 95 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 10_000_000 }), (o, n) => {
        const e95 = poissonRate(o, n);
        const e998 = poissonRate(o, n, 0.998);
        for (const e of [e95, e998]) {
          ordered(e);
          expect(e.lower!).toBeGreaterThanOrEqual(0);
        }
        contains(e998, e95);
      }),
    );
  });
});

describe('meanInterval (phe_mean)', () => {
  it('mean 50, sd 10, n 25 (mpmath: 50 ∓ qt(0.975, 24)·2)', () => {
    const e = meanInterval(50, 10, 25);
    close(e.lower, 45.8722028767439);
    close(e.upper, 54.1277971232561);
  });
  it('n = 2 uses t with 1 df (12.706); n < 2 has no limits; sd 0 gives a zero-width interval', () => {
    const e = meanInterval(10, 1, 2);
    close(e.upper, 10 + 12.7062047361747 / Math.SQRT2);
    expect(meanInterval(7, 3, 1)).toEqual({ value: 7, lower: null, upper: null });
    expect(meanInterval(7, 0, 30)).toEqual({ value: 7, lower: 7, upper: 7 });
  });
  it('properties: ordered, 99.8 % contains 95 %', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.integer({ min: 2, max: 1e6 }),
        (m, sd, n) => {
          const e95 = meanInterval(m, sd, n);
          ordered(e95);
          contains(meanInterval(m, sd, n, 0.998), e95);
        },
      ),
    );
  });
});

describe('dsr (phe_dsr, Dobson)', () => {
  it('ESP2013 constant: 19 bands summing to 100 000 (PHEindicatormethods R/data.R esp2013)', () => {
    expect(ESP2013).toHaveLength(19);
    expect(ESP2013.reduce((s, w) => s + w, 0)).toBe(100_000);
    expect(ESP2013.slice(0, 5)).toEqual([5000, 5500, 5500, 5500, 6000]);
    expect(ESP2013.slice(-4)).toEqual([4000, 2500, 1500, 1000]);
    expect(ESP2013_BANDS).toHaveLength(19);
    expect(ESP2013_BANDS[0]).toBe('0-4');
    expect(ESP2013_BANDS[17]).toBe('85-89');
    expect(ESP2013_BANDS[18]).toBe('90+');
  });
  it('three-band worked example with standard (1000, 2000, 3000) (mpmath)', () => {
    const bands = [
      { count: 5, population: 1000 },
      { count: 20, population: 2000 },
      { count: 40, population: 1500 },
    ];
    const e95 = dsr(bands, [1000, 2000, 3000]);
    close(e95.value, 1750, 8);
    close(e95.lower, 1332.82474731842, 8);
    close(e95.upper, 2251.87457640752, 8);
    const e998 = dsr(bands, [1000, 2000, 3000], 0.998);
    close(e998.lower, 1128.04648803227, 8);
    close(e998.upper, 2565.41799038238, 8);
  });
  it('populations proportional to the standard with a constant rate: DSR and limits equal the crude rate', () => {
    // n_i = 2·w_i, x_i = 0.004·w_i: var/O = (1/(2Σw))², so Dobson's limits reduce to Byar(O)/N (algebra).
    const bands = ESP2013.map((w) => ({ count: 0.004 * w, population: 2 * w }));
    const e = dsr(bands);
    close(e.value, 200, 8);
    const crude = poissonRate(400, 200_000);
    close(e.lower, crude.lower!, 6);
    close(e.upper, crude.upper!, 6);
  });
  it('total count below 10 → not calculated; empty bands; invalid input', () => {
    expect(dsr([{ count: 9, population: 100 }], [1])).toEqual({ value: null, lower: null, upper: null });
    const withEmpty = dsr(
      [
        { count: 12, population: 100 },
        { count: 0, population: 0 },
      ],
      [1, 1],
    );
    close(withEmpty.value, 6000, 8); // 12/100 × weight ½ × 100 000
    expect(() => dsr([{ count: 1, population: 0 }], [1])).toThrow(RangeError);
    expect(() => dsr([{ count: 1, population: 1 }], ESP2013)).toThrow(RangeError);
  });
  it('property: lower ≤ value ≤ upper', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            count: fc.integer({ min: 0, max: 500 }),
            population: fc.integer({ min: 1, max: 1e5 }),
          }),
          {
            minLength: 19,
            maxLength: 19,
          },
        ),
        fc.constantFrom(...levels),
        (bands, level) => {
          const e = dsr(bands, ESP2013, level);
          if (e.value !== null) ordered(e);
        },
      ),
    );
  });
});
