// The engine's columnar sum (partColumns.ts) must give exactly the estimate of the general path (estimateRegion)
// for every plain slice: generated slices with missing, unusable, suppressed and rounded parts, for proportions,
// rates and counts, under varied suppression rules; and it must refuse slices that are not plain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import type { ObservationRecord } from '../../../src/indicators/observation.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import type { Indicator } from '../../../src/indicators/schema.ts';
import { buildPartColumns, sumFromColumns } from '../../../src/regiobeeld/partColumns.ts';
import { estimateRegion } from '../../../src/regiobeeld/regionEstimate.ts';

const catalog = loadCatalog();
const byId = (id: string) => catalog.indicators.find((i) => i.id === id)!;
const period = parsePeriod('2021')!;
const codes = Array.from({ length: 12 }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
const positions = new Map(codes.map((c, i) => [c, i]));

const record = (regionCode: string, count: number | null, denominator: number | null): ObservationRecord => ({
  indicatorId: 'x',
  regionCode,
  period,
  breakdown: 'totaal',
  value: count !== null && denominator ? count / denominator : null,
  count,
  denominator,
  lower: null,
  upper: null,
  flags: [],
  note: null,
  snapshotId: 'snap',
  transformation: 'test',
});

// A part: absent, or a count and denominator that may be null, negative or (for proportions) too large.
const part = fc.option(
  fc.record({
    count: fc.option(
      fc.oneof(fc.integer({ min: -2, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true })),
      {
        freq: 8,
      },
    ),
    denominator: fc.option(fc.integer({ min: -1, max: 400 }), { freq: 8 }),
  }),
  { freq: 4 },
);
const rule = fc.record(
  {
    minNumerator: fc.integer({ min: 0, max: 10 }),
    minDenominator: fc.integer({ min: 0, max: 100 }),
    roundTo: fc.constantFrom(1, 5, 10),
  },
  { requiredKeys: [] },
);
const indicatorOf = fc
  .tuple(fc.constantFrom('aandeel-65plus', 'covid-overleden', 'bevolking'), rule)
  .map(([id, suppression]): Indicator => ({ ...byId(id), aggregation: 'sum-counts', suppression }));

describe('partColumns: the columnar sum equals estimateRegion', () => {
  it('property: same estimate for any plain slice and any set of gemeenten', () => {
    fc.assert(
      fc.property(
        indicatorOf,
        fc.array(part, { minLength: codes.length, maxLength: codes.length }),
        fc.array(fc.constantFrom(...codes), { maxLength: 12 }),
        (indicator, parts, members) => {
          const slice = new Map<string, ObservationRecord>();
          parts.forEach((p, i) => {
            if (p) slice.set(codes[i]!, record(codes[i]!, p.count, p.denominator));
          });
          const columns = buildPartColumns(indicator, slice, positions);
          expect(columns).not.toBeNull();
          const memberPositions = Int32Array.from(members.map((m) => positions.get(m)!));
          const general = estimateRegion(indicator, null, members, slice, new Map());
          expect(sumFromColumns(indicator, memberPositions, columns!)).toEqual(general);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('worked value: two gemeenten of three, one below the minimum count', () => {
    const indicator = { ...byId('aandeel-65plus'), suppression: { minNumerator: 5 } };
    const slice = new Map([
      ['GM0001', record('GM0001', 30, 100)],
      ['GM0002', record('GM0002', 3, 50)],
      ['GM0003', record('GM0003', 20, 100)],
    ]);
    const columns = buildPartColumns(indicator, slice, positions)!;
    const e = sumFromColumns(indicator, Int32Array.from([0, 1, 2]), columns);
    expect(e.count).toBe(50);
    expect(e.denominator).toBe(200);
    expect(e.value).toBeCloseTo(25, 12);
    expect(e.note?.nl).toBe('1 van de 3 delen niet meegeteld: te kleine aantallen om te tonen');
    expect(e.snapshots).toEqual(['snap']);
  });

  it('refuses slices that are not plain: flags, several snapshots, indicators that are not summed', () => {
    const plain = record('GM0001', 5, 10);
    const flagged = { ...record('GM0002', 5, 10), flags: ['harmonised' as const] };
    const other = { ...record('GM0002', 5, 10), snapshotId: 'other' };
    const summed = byId('aandeel-65plus');
    expect(
      buildPartColumns(
        summed,
        new Map([
          ['GM0001', plain],
          ['GM0002', flagged],
        ]),
        positions,
      ),
    ).toBeNull();
    expect(
      buildPartColumns(
        summed,
        new Map([
          ['GM0001', plain],
          ['GM0002', other],
        ]),
        positions,
      ),
    ).toBeNull();
    const weighted = { ...summed, aggregation: 'population-weighted-mean' as const };
    expect(buildPartColumns(weighted, new Map([['GM0001', plain]]), positions)).toBeNull();
  });
});

describe('sum of rounded counts above the denominator (found by the property above)', () => {
  it('gives no value with the reason instead of an error, on both paths', () => {
    const indicator = { ...byId('aandeel-65plus'), suppression: { roundTo: 5 } };
    const slice = new Map([['GM0001', record('GM0001', 3, 3)]]);
    const general = estimateRegion(indicator, null, ['GM0001'], slice, new Map());
    expect(general.value).toBeNull();
    expect(general.reason?.nl).toContain('groter dan de noemer');
    const columns = buildPartColumns(indicator, slice, positions)!;
    expect(sumFromColumns(indicator, Int32Array.from([0]), columns)).toEqual(general);
  });
});
