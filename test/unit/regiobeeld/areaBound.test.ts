// Issue 17: the engine keeps at most a bounded number of area observations (wijken and buurten) in memory; the
// gemeente read longest ago is dropped first and read again when asked for.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import type { ObservationRecord } from '../../../src/indicators/observation.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import { RegiobeeldEngine } from '../../../src/regiobeeld/engine.ts';

const catalog = loadCatalog();
const gemeenten = ['GM1', 'GM2', 'GM3'];
const regions: { code: string; name: string; type: string; parent?: string }[] = [
  ...gemeenten.map((code) => ({ code, name: code, type: 'gemeente' })),
  ...gemeenten.flatMap((g) =>
    Array.from({ length: 10 }, (_, i) => ({
      code: `WK${g}${i}`,
      name: `Wijk ${i}`,
      type: 'wijk',
      parent: g,
    })),
  ),
];
const areaObservation = (code: string, value: number): ObservationRecord => ({
  indicatorId: 'aandeel-65plus',
  regionCode: code,
  period: parsePeriod('2024')!,
  breakdown: 'totaal',
  value,
  count: value,
  denominator: 100,
  lower: null,
  upper: null,
  flags: [],
  note: null,
  snapshotId: 'test',
  transformation: 'test',
});

describe('area observations in memory', () => {
  it('stay within the bound; the oldest gemeente is dropped and read again on request', async () => {
    const reads: string[] = [];
    const engine = new RegiobeeldEngine(
      catalog,
      { regions, members: new Map() },
      [],
      async ([g]) => {
        reads.push(g!);
        return regions.filter((r) => r.parent === g).map((r, i) => areaObservation(r.code, 10 + i));
      },
      25, // 10 observations a gemeente: room for two
    );
    const indicator = engine.indicator('aandeel-65plus')!;
    const period = parsePeriod('2024')!;
    for (const g of gemeenten) await engine.prepareAreas(g, 'wijk');
    expect(engine.areaObservationsInMemory()).toBe(20);
    expect(engine.areaEstimate(indicator, 'WKGM10', period, 'totaal').value).toBeNull(); // GM1 dropped
    expect(engine.areaEstimate(indicator, 'WKGM31', period, 'totaal').value).toBe(11);

    await engine.prepareAreas('GM1', 'wijk');
    expect(reads).toEqual(['GM1', 'GM2', 'GM3', 'GM1']);
    expect(engine.areaEstimate(indicator, 'WKGM10', period, 'totaal').value).toBe(10);
    expect(engine.areaObservationsInMemory()).toBe(20);
    await engine.prepareAreas('GM3', 'wijk'); // still in memory: not read again
    expect(reads).toHaveLength(4);
  });
});
