// Aggregating gemeente observations into a region, on hand-made observations whose results can be worked by hand.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import type { ObservationRecord } from '../../../src/indicators/observation.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import type { Indicator } from '../../../src/indicators/schema.ts';
import { estimateRegion } from '../../../src/regiobeeld/regionEstimate.ts';
import { poissonRate } from '../../../src/stats/intervals.ts';

const catalog = loadCatalog();
const indicator = (id: string, change: Partial<Indicator> = {}): Indicator => ({
  ...catalog.indicators.find((i) => i.id === id)!,
  ...change,
});
const period = parsePeriod('2021')!;
const obs = (regionCode: string, fields: Partial<ObservationRecord>): ObservationRecord => ({
  indicatorId: 'x',
  regionCode,
  period,
  breakdown: 'totaal',
  value: null,
  count: null,
  denominator: null,
  lower: null,
  upper: null,
  flags: [],
  note: null,
  snapshotId: `snap-${regionCode}`,
  transformation: 'test',
  ...fields,
});
const slice = (...records: ObservationRecord[]) => new Map(records.map((r) => [r.regionCode, r]));
const rate = (regionCode: string, count: number, denominator: number) =>
  obs(regionCode, { count, denominator, value: (count / denominator) * 100000 });

describe('estimateRegion', () => {
  const covid = indicator('covid-overleden');

  it('sums counts and denominators and recomputes the Poisson interval', () => {
    const e = estimateRegion(
      covid,
      null,
      ['GM1', 'GM2'],
      slice(rate('GM1', 5, 1000), rate('GM2', 15, 3000)),
      new Map(),
    );
    expect(e.value).toBe(500); // 20 / 4000 × 100,000
    expect(e.count).toBe(20);
    expect(e.denominator).toBe(4000);
    const expected = poissonRate(20, 4000);
    expect(e.lower).toBeCloseTo(expected.lower!, 12);
    expect(e.upper).toBeCloseTo(expected.upper!, 12);
    expect(e.lower998!).toBeLessThan(e.lower!);
    expect(e.snapshots).toEqual(['snap-GM1', 'snap-GM2']);
  });

  it('says on a region figure which of its gemeenten were converted to the current indeling', () => {
    const note =
      'omgerekend naar de gemeentelijke indeling van 2026: Appingedam, Delfzijl en Loppersum opgeteld';
    const converted = { ...rate('GM1', 5, 1000), flags: ['harmonised' as const], note };
    const e = estimateRegion(covid, null, ['GM1', 'GM2'], slice(converted, rate('GM2', 15, 3000)), new Map());
    expect(e.value).toBe(500);
    expect(e.conversion).toBe(
      `1 van de 2 gemeenten omgerekend naar de huidige gemeentelijke indeling: ${note}`,
    );
    const plain = estimateRegion(
      covid,
      null,
      ['GM1', 'GM2'],
      slice(rate('GM1', 5, 1000), rate('GM2', 15, 3000)),
      new Map(),
    );
    expect(plain.conversion ?? null).toBeNull();
  });

  it("prefers the region's own published observation", () => {
    const e = estimateRegion(
      covid,
      'PV1',
      ['GM1'],
      slice(rate('GM1', 5, 1000), rate('PV1', 7, 1000)),
      new Map(),
    );
    expect(e.method).toBe('observed');
    expect(e.count).toBe(7);
  });

  it('says how many gemeenten are missing and never returns NaN for zero events', () => {
    const e = estimateRegion(covid, null, ['GM1', 'GM2', 'GM3'], slice(rate('GM1', 0, 1000)), new Map());
    expect(e.value).toBe(0);
    expect(e.lower).toBe(0);
    expect(Number.isFinite(e.upper!)).toBe(true);
    expect(e.gemeentenWithData).toBe(1);
    expect(e.note?.nl).toBe('2 van de 3 gemeenten hebben geen gegevens; de waarde gaat over de andere 1.');
  });

  it('shows no partial sum for a count indicator', () => {
    const population = indicator('bevolking');
    const e = estimateRegion(
      population,
      null,
      ['GM1', 'GM2'],
      slice(obs('GM1', { count: 100, value: 100 })),
      new Map(),
    );
    expect(e.value).toBeNull();
    expect(e.reason?.nl).toContain('1 van de 2 gemeenten');
  });

  it('suppresses small inputs before aggregating and a small total after', () => {
    const strict = indicator('covid-overleden', { suppression: { minNumerator: 10 } });
    const parts = slice(rate('GM1', 3, 1000), rate('GM2', 40, 9000));
    const e = estimateRegion(strict, null, ['GM1', 'GM2'], parts, new Map());
    expect(e.count).toBe(40);
    expect(e.note?.nl).toContain('1 van de 2 delen niet meegeteld');
    const small = estimateRegion(strict, null, ['GM1'], slice(rate('GM1', 12, 1000)), new Map());
    expect(small.suppressed).toBe(false);
    const own = estimateRegion(strict, 'GM1', ['GM1'], slice(rate('GM1', 4, 1000)), new Map());
    expect(own).toMatchObject({ suppressed: true, value: null, count: null });
    expect(own.reason?.nl).toContain('Minder dan 10');
  });

  it('takes the population-weighted mean of estimates without counts', () => {
    const coverage = indicator('vaccinatie-basisserie');
    const e = estimateRegion(
      coverage,
      null,
      ['GM1', 'GM2'],
      slice(obs('GM1', { value: 80 }), obs('GM2', { value: 60 })),
      new Map([
        ['GM1', 3000],
        ['GM2', 1000],
      ]),
    );
    expect(e.value).toBe(75); // (80·3000 + 60·1000) / 4000
    expect(e.method).toBe('population-weighted-mean');
    expect(e.lower).toBeNull();
  });

  it('says why a not-aggregable indicator has no regional value', () => {
    const national = indicator('jzojp-werkdruk');
    const e = estimateRegion(national, null, ['GM1'], slice(obs('GM1', { value: 45 })), new Map());
    expect(e.method).toBe('not-aggregable');
    expect(e.value).toBeNull();
    expect(e.reason?.nl.length).toBeGreaterThan(10);
  });

  it('gives no interval, never an error, for a count the method cannot take', () => {
    const share = indicator('aandeel-65plus');
    const own = estimateRegion(
      share,
      'GM1',
      ['GM1'],
      slice(obs('GM1', { count: 101, denominator: 100, value: 101 })),
      new Map(),
    );
    expect(own).toMatchObject({ value: 101, lower: null, upper: null });
    const sum = estimateRegion(
      share,
      null,
      ['GM1', 'GM2'],
      slice(obs('GM1', { count: 101, denominator: 100 }), obs('GM2', { count: 20, denominator: 100 })),
      new Map(),
    );
    expect(sum).toMatchObject({ value: 20, count: 20, gemeentenWithData: 1 });
  });

  it('reports no data as such', () => {
    const e = estimateRegion(covid, null, ['GM1'], new Map(), new Map());
    expect(e).toMatchObject({ method: 'no-data', value: null });
    expect(e.reason?.nl).toBe('Geen gegevens voor deze periode.');
  });
});
