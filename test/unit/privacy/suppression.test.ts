import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuppression, suppressParts } from '../../../src/privacy/suppression.ts';

describe('applySuppression', () => {
  it('hides count and value below the minimum numerator, with a plain-language reason', () => {
    const r = applySuppression({ count: 7, denominator: 400, value: 1.75 }, { minNumerator: 10 });
    expect(r).toEqual({
      suppressed: true,
      reason: {
        nl: 'Minder dan 10 gevallen: niet getoond om personen te beschermen',
        en: "Fewer than 10 cases: not shown to protect people's privacy",
      },
      count: null,
      denominator: 400,
      value: null,
    });
    expect(applySuppression({ count: 0, denominator: 400, value: 0 }, { minNumerator: 10 }).suppressed).toBe(
      true,
    );
    expect(
      applySuppression({ count: 10, denominator: 400, value: 2.5 }, { minNumerator: 10 }).suppressed,
    ).toBe(false);
  });
  it('hides everything below the minimum denominator', () => {
    const r = applySuppression(
      { count: 30, denominator: 80, value: 37.5 },
      { minNumerator: 10, minDenominator: 100 },
    );
    expect(r).toMatchObject({ suppressed: true, count: null, denominator: null, value: null });
    expect(r.reason?.nl).toBe('Minder dan 100 personen in de groep: niet getoond om personen te beschermen');
  });
  it('rounds shown counts (CBS practice: to hundreds, 0–49 → 0, 50–149 → 100)', () => {
    const r100 = (count: number) =>
      applySuppression({ count, denominator: null, value: null }, { roundTo: 100 }).count;
    expect([0, 49, 50, 149, 150, 1234].map(r100)).toEqual([0, 0, 100, 100, 200, 1200]);
    const r = applySuppression({ count: 12, denominator: 100, value: 12 }, { minNumerator: 10, roundTo: 5 });
    expect(r).toMatchObject({ suppressed: false, count: 10, value: 12 });
  });
  it('missing counts cannot be checked and are left alone; no rule changes nothing', () => {
    expect(
      applySuppression({ count: null, denominator: null, value: 4.2 }, { minNumerator: 10 }),
    ).toMatchObject({
      suppressed: false,
      value: 4.2,
    });
    expect(applySuppression({ count: 3, denominator: 5, value: 60 }, {})).toMatchObject({
      suppressed: false,
      count: 3,
    });
  });
  it('property: a count below the threshold is never revealed, directly or through the value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        (count, denominator, minNumerator, roundTo) => {
          const r = applySuppression(
            { count, denominator, value: (count / denominator) * 100 },
            { minNumerator, roundTo },
          );
          if (count < minNumerator) {
            expect(r.suppressed).toBe(true);
            expect(r.count).toBeNull();
            expect(r.value).toBeNull();
            expect(r.reason).not.toBeNull();
          } else {
            expect(r.suppressed).toBe(false);
            expect(r.count).not.toBeNull();
          }
        },
      ),
    );
  });
});

describe('suppressParts (before aggregation)', () => {
  it('keeps the publishable parts with their published counts and says when the region is incomplete', () => {
    const parts = [
      { code: 'GM0001', count: 40, denominator: 1000, value: 4 },
      { code: 'GM0002', count: 3, denominator: 200, value: 1.5 },
      { code: 'GM0003', count: 23, denominator: 900, value: 2.56 },
    ];
    const r = suppressParts(parts, { minNumerator: 10, roundTo: 5 });
    expect(r.kept.map((p) => [p.code, p.count])).toEqual([
      ['GM0001', 40],
      ['GM0003', 25],
    ]);
    expect(r.suppressed).toBe(1);
    expect(r.complete).toBe(false);
    expect(r.note?.nl).toBe('1 van de 3 delen niet meegeteld: te kleine aantallen om te tonen');
    expect(r.results[1]?.suppressed).toBe(true);
    expect(suppressParts(parts, {})).toMatchObject({ suppressed: 0, complete: true, note: null });
  });
  it('property: no kept part carries a count below the threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 })),
        fc.integer({ min: 1, max: 20 }),
        (counts, min) => {
          const parts = counts.map((count) => ({ count, denominator: 1000, value: count / 10 }));
          const r = suppressParts(parts, { minNumerator: min });
          for (const p of r.kept) expect(p.count!).toBeGreaterThanOrEqual(min);
          expect(r.kept.length + r.suppressed).toBe(parts.length);
        },
      ),
    );
  });
});
