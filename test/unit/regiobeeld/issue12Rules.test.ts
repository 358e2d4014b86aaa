// Issue 12's rules on a small, hand-made geography: figures published per GGD-regio only (never split to
// gemeenten), a source-suppressed part (bounds, never a point value), and wijken (their own value, ranked within
// their gemeente), with values that can be worked by hand.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import type { ObservationRecord } from '../../../src/indicators/observation.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import { RegiobeeldEngine } from '../../../src/regiobeeld/engine.ts';
import { buildProfile, ggdRegionOf } from '../../../src/regiobeeld/profile.ts';
import { publishedComparison } from '../../../src/regiobeeld/publishedSignificance.ts';
import { subAreaRanking } from '../../../src/regiobeeld/subAreas.ts';

const catalog = loadCatalog();
const obs = (
  indicatorId: string,
  regionCode: string,
  period: string,
  fields: Partial<ObservationRecord>,
): ObservationRecord => ({
  indicatorId,
  regionCode,
  period: parsePeriod(period)!,
  breakdown: 'totaal',
  value: null,
  count: null,
  denominator: null,
  lower: null,
  upper: null,
  flags: [],
  note: null,
  snapshotId: 'test',
  transformation: 'test',
  ...fields,
});

// Two GGD-regio's: GG01 = {GM1, GM2}, GG02 = {GM3}; one province around all three; GM1 has two wijken.
const regions = [
  { code: 'NL01', name: 'Nederland', type: 'land' },
  { code: 'PV01', name: 'Provincie', type: 'provincie' },
  { code: 'GG01', name: 'GGD Een', type: 'ggdregio' },
  { code: 'GG02', name: 'GGD Twee', type: 'ggdregio' },
  { code: 'GM1', name: 'Eendorp', type: 'gemeente' },
  { code: 'GM2', name: 'Tweedorp', type: 'gemeente' },
  { code: 'GM3', name: 'Driedorp', type: 'gemeente' },
  { code: 'WK000101', name: 'Wijk Noord', type: 'wijk', parent: 'GM1' },
  { code: 'WK000102', name: 'Wijk Zuid', type: 'wijk', parent: 'GM1' },
];
const members = new Map([
  ['NL01', ['GM1', 'GM2', 'GM3']],
  ['PV01', ['GM1', 'GM2', 'GM3']],
  ['GG01', ['GM1', 'GM2']],
  ['GG02', ['GM3']],
]);
const population = [
  obs('bevolking', 'GM1', '2022', { value: 100, count: 100 }),
  obs('bevolking', 'GM2', '2022', { value: 300, count: 300 }),
  obs('bevolking', 'GM3', '2022', { value: 600, count: 600 }),
];
const ggdValues = [
  obs('gezondheidsmonitor-ggd-roker', 'GG01', '2022', { value: 18.5, flags: ['estimate'] }),
  obs('gezondheidsmonitor-ggd-roker', 'GG02', '2022', { value: 14.0, flags: ['estimate'] }),
  obs('gezondheidsmonitor-ggd-roker', 'NL01', '2022', { value: 16.6, flags: ['estimate'] }),
  obs('levensverwachting-bij-geboorte', 'GG01', '2019-2022', {
    value: 80.9,
    publishedSignificance: 'onder, 99% zeker',
  }),
];
// Vaccination: GM1 suppressed by the source as '<=5' (bounds 0–5), GM2 30 %, GM3 40 %.
const vaccination = [
  obs('vaccinatie-najaarsronde-2022', 'GM1', '2023-09-24', {
    lower: 0,
    upper: 5,
    flags: ['suppressed-by-source'],
  }),
  obs('vaccinatie-najaarsronde-2022', 'GM2', '2023-09-24', { value: 30 }),
  obs('vaccinatie-najaarsronde-2022', 'GM3', '2023-09-24', { value: 40 }),
];
const areas = [
  obs('aandeel-65plus', 'WK000101', '2024', { value: 25, count: 50, denominator: 200 }),
  obs('aandeel-65plus', 'WK000102', '2024', { value: 10, count: 10, denominator: 100 }),
  obs('aandeel-65plus', 'GM1', '2024', { value: 20, count: 60, denominator: 300 }),
];
const engine = new RegiobeeldEngine(
  catalog,
  { regions, members },
  [...population, ...ggdValues, ...vaccination, ...areas.filter((o) => o.regionCode === 'GM1')],
  async (gemeenten) => (gemeenten.includes('GM1') ? areas.filter((o) => o.regionCode.startsWith('WK')) : []),
);
const ref = (code: string, gemeenten: string[]) => ({
  code,
  name: code,
  type: engine.regionsByCode.get(code)?.type ?? 'eigen',
  gemeenten,
});
const row = (profile: ReturnType<typeof buildProfile>, id: string) =>
  profile.indicators.find((i) => i.id === id && i.breakdown === 'totaal')!;

describe('figures published per GGD-regio only', () => {
  it('show on a gemeente’s profile as the value of its GGD-regio, without a rank of its own', () => {
    const smokers = row(buildProfile(engine, ref('GM2', ['GM2'])), 'gezondheidsmonitor-ggd-roker');
    expect(smokers.value).toBe(18.5);
    expect(smokers.valueOf).toEqual({ code: 'GG01', name: 'GGD Een', type: 'ggdregio' });
    expect(smokers.rank).toBeNull();
    expect(smokers.national?.value).toBe(16.6);
  });

  it('show for an own region only when it lies inside one GGD-regio', () => {
    const inside = row(buildProfile(engine, ref('x', ['GM1', 'GM2'])), 'gezondheidsmonitor-ggd-roker');
    expect(inside.value).toBe(18.5);
    expect(inside.valueOf?.code).toBe('GG01');
    const across = row(
      buildProfile(engine, ref('PV01', ['GM1', 'GM2', 'GM3'])),
      'gezondheidsmonitor-ggd-roker',
    );
    expect(across.value).toBeNull();
    expect(across.valueOf).toBeNull();
    expect(across.reason?.nl).toMatch(/meer dan één GGD-regio/);
  });

  it('keep the source’s published comparison with Nederland', () => {
    const le = row(buildProfile(engine, ref('GG01', ['GM1', 'GM2'])), 'levensverwachting-bij-geboorte');
    expect(le.publishedSignificance).toBe('onder, 99% zeker');
    expect(le.national?.at95).toBe('worse'); // lower life expectancy, higher is better
    expect(le.national?.at998).toBe('not-compared'); // 99 % says nothing about 99.8 %
    expect(publishedComparison('boven, 95% zeker', 'higher-is-better')).toEqual({
      at95: 'better',
      at998: 'not-compared',
    });
    expect(publishedComparison('geen', 'higher-is-better')?.at95).toBe('similar');
    expect(publishedComparison('onbekend', 'higher-is-better')).toBeNull();
  });

  it('find the one GGD-regio of a wijk through its gemeente', () => {
    expect(ggdRegionOf(engine, ref('WK000101', []))?.code).toBe('GG01');
    expect(ggdRegionOf(engine, ref('x', ['GM2', 'GM3']))).toBeNull();
  });
});

describe('a value suppressed by the source', () => {
  it('gives a region the bounds the suppression allows instead of a point value', () => {
    // GG01 (weights 100 and 300): lower (0×100 + 30×300)/400 = 22.5, upper (5×100 + 30×300)/400 = 23.75
    const vac = row(buildProfile(engine, ref('GG01', ['GM1', 'GM2'])), 'vaccinatie-najaarsronde-2022');
    expect(vac.value).toBeNull();
    expect(vac.bounds).toEqual({ lower: 22.5, upper: 23.75 });
    expect(vac.flags).toContain('suppressed-member');
    expect(vac.rank).toBeNull();
    // All three (weights 100, 300, 600): (0 + 9,000 + 24,000)/1,000 = 33 and (500 + 9,000 + 24,000)/1,000 = 33.5
    const nl = row(buildProfile(engine, ref('PV01', ['GM1', 'GM2', 'GM3'])), 'vaccinatie-najaarsronde-2022');
    expect(nl.bounds?.lower).toBeCloseTo(33, 12);
    expect(nl.bounds?.upper).toBeCloseTo(33.5, 12);
  });

  it('shows the gemeente itself with the range of its label', () => {
    const urk = row(buildProfile(engine, ref('GM1', ['GM1'])), 'vaccinatie-najaarsronde-2022');
    expect(urk).toMatchObject({ value: null, bounds: { lower: 0, upper: 5 }, lower: null, upper: null });
    const other = row(buildProfile(engine, ref('GG02', ['GM3'])), 'vaccinatie-najaarsronde-2022');
    expect(other.value).toBe(40);
  });
});

describe('wijken', () => {
  it('have their own value, the gemeente as parent, and a rank among the wijken of their gemeente', async () => {
    await engine.prepareAreas('GM1', 'wijk');
    const profile = buildProfile(engine, ref('WK000102', []));
    expect(profile.region.parent?.code).toBe('GM1');
    expect(profile.region.partOf[0]?.code).toBe('GM1');
    expect(profile.region.partOf.map((r) => r.code)).toEqual(
      expect.arrayContaining(['GG01', 'PV01', 'NL01']),
    );
    const older = row(profile, 'aandeel-65plus');
    expect(older.value).toBe(10);
    expect(older.parent?.value).toBe(20);
    expect(older.rank).toMatchObject({ position: 2, of: 2 }); // neutral: 1 = highest (25 %)
    const ranking = subAreaRanking(engine, 'GM1', 'wijk');
    const list = ranking.indicators.find((i) => i.id === 'aandeel-65plus')!;
    expect(list.areas.map((a) => [a.name, a.rank])).toEqual([
      ['Wijk Noord', 1],
      ['Wijk Zuid', 2],
    ]);
    expect(list.gemeenteValue).toBe(20);
  });
});
