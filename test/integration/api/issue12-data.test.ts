// Issue 12 on both databases, on the real shipped bundle: wijken and buurten, age groups and households, the
// Gezondheidsmonitor and life expectancy per GGD-regio, ervaren gezondheid converted from the 2022 indeling, and
// the Urk case. Checked against the published values named in each test (data/README.md, data/provenance/).
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileIndicator } from '../../../src/regiobeeld/profileTypes.ts';
import { useApp } from '../../support/app.ts';
import { testDatabases } from '../../support/database.ts';

const entry = (profile: Profile, id: string, breakdown = 'totaal') =>
  profile.indicators.find((i) => i.id === id && i.breakdown === breakdown) as ProfileIndicator;

for (const database of testDatabases()) {
  describe(`issue 12 data on ${database.name}`, () => {
    const app = useApp(database, { areas: true });
    const get = app.get;

    it('has every wijk and buurt of kwb 2024 as a region with its gemeente as parent', async () => {
      const types = (await get('/api/region-types')).body as { code: string; regions: number }[];
      expect(types.find((t) => t.code === 'wijk')?.regions).toBe(3393);
      expect(types.find((t) => t.code === 'buurt')?.regions).toBe(14574);
      const [orphans] = await app.ctx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM region a LEFT JOIN region p ON p.code = a.parent_code
         WHERE a.type IN ('wijk', 'buurt') AND (p.code IS NULL OR p.type <> CASE a.type WHEN 'wijk' THEN 'gemeente' ELSE 'wijk' END)`,
      );
      expect(orphans!.n).toBe(0);
      const buurt = (await get('/api/regions/BU16800000')).body;
      expect(buurt.partOf.slice(0, 2).map((r: { code: string }) => r.code)).toEqual(['WK168000', 'GM1680']);
    });

    it('the wijken of a gemeente add up to its total up to CBS’s rounding (kwb 2024)', async () => {
      const rows = await app.ctx.db.query<{ gemeente: string; wijken: number; n: number }>(
        `SELECT gemeente_code AS gemeente, sum(value)::float8 AS wijken, count(*)::int AS n FROM area_observation
         WHERE indicator_id = 'bevolking' AND period = '2024' AND region_code LIKE 'WK%' GROUP BY gemeente_code`,
      );
      expect(rows).toHaveLength(342);
      const totals = new Map(
        (
          await app.ctx.db.query<{ code: string; denominator: number }>(
            `SELECT region_code AS code, denominator FROM observation
             WHERE indicator_id = 'aandeel-65plus' AND period = '2024' AND region_code LIKE 'GM%'`,
          )
        ).map((r) => [r.code, r.denominator]),
      );
      // CBS rounds each wijk to a multiple of 5 (not always the nearest: Schiermonnikoog 972 → 975), so the
      // wijken differ a little from the gemeente: at most 0.5 % here, and 227 inhabitants for the whole country.
      let wijken = 0;
      for (const r of rows) {
        expect(
          Math.abs(r.wijken - totals.get(r.gemeente)!) / totals.get(r.gemeente)!,
          r.gemeente,
        ).toBeLessThan(0.005);
        wijken += r.wijken;
      }
      expect(wijken).toBe(17942715);
      const sum = [...totals.values()].reduce((s, v) => s + v, 0);
      expect(sum).toBe(17942942); // kwb 2024 NL00 = 03759ned 1-1-2024
    });

    it('shows a wijk profile with its own figures, its gemeente as parent and a rank among its wijken', async () => {
      const { status, body } = await get('/api/regions/WK168000/profile');
      expect(status).toBe(200);
      expect(body.region).toMatchObject({ code: 'WK168000', type: 'wijk', parent: { code: 'GM1680' } });
      expect(body.region.population).toEqual({ value: 3590, period: '2024' });
      const older = entry(body, 'aandeel-65plus');
      expect(older).toMatchObject({ period: '2024', count: 1015, denominator: 3590, method: 'observed' });
      expect(older.parent?.code).toBe('GM1680');
      const [{ n }] = (await app.ctx.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM region WHERE parent_code = 'GM1680'",
      )) as [{ n: number }];
      expect(older.rank?.of).toBe(n);
      const health = entry(body, 'gezondheidsmonitor-ervaren-gezondheid');
      expect(health).toMatchObject({ period: '2022', value: 73.0 }); // 50120NED WK168000 2022: 73.0
      const kids = entry(body, 'bevolking-leeftijdsgroep', '0-14');
      expect(kids).toMatchObject({ count: 495, denominator: 3590, period: '2024' });
      // A buurt the source suppressed ('.') keeps no value and says why.
      const hidden = entry(
        (await get('/api/regions/BU16800709/profile')).body,
        'gezondheidsmonitor-ervaren-gezondheid',
      );
      expect(hidden).toMatchObject({ value: null, suppressed: true, period: '2022' });
    });

    it('ranks the wijken of a gemeente for each indicator with wijk figures', async () => {
      const { status, body } = await get('/api/regions/GM1680/areas');
      expect(status).toBe(200);
      const older = body.indicators.find((i: { id: string }) => i.id === 'aandeel-65plus');
      expect(older.areas.length).toBe(body.areas);
      const values = older.areas
        .filter((a: { value: number | null }) => a.value !== null)
        .map((a: { value: number }) => a.value);
      expect(values).toEqual([...values].sort((a, b) => b - a)); // neutral: highest first
      expect(older.areas[0].rank).toBe(1);
      expect(body.indicators.map((i: { id: string }) => i.id)).toContain(
        'gezondheidsmonitor-ervaren-gezondheid',
      );
      expect((await get('/api/regions/WK168000/areas')).status).toBe(404);
    });

    it('serves the map of all buurten of the country: their own figures, ranked among all buurten', async () => {
      const { status, body } = await get('/api/indicators/aandeel-65plus/values?type=buurt');
      expect(status).toBe(200);
      expect(body).toMatchObject({ type: 'buurt', period: '2024', breakdown: 'totaal' });
      // Every buurt with a 2024 observation, as the database holds them (an independent count).
      const [stored] = await app.ctx.db.query<{ n: number; valued: number }>(
        `SELECT count(*)::int AS n, count(value)::int AS valued FROM area_observation
         WHERE indicator_id = 'aandeel-65plus' AND period = '2024' AND breakdown = 'totaal' AND region_code LIKE 'BU%'`,
      );
      expect(body.regions).toHaveLength(stored!.n);
      const ranked = body.regions.filter((r: { rank: number | null }) => r.rank !== null);
      expect(ranked).toHaveLength(stored!.valued);
      expect(ranked[0].rank).toBe(1);
      const values = ranked.map((r: { value: number }) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a)); // neutral: highest first
      const one = body.regions.find((r: { code: string }) => r.code === 'BU16800000');
      const [own] = await app.ctx.db.query<{ value: number }>(
        `SELECT value FROM area_observation WHERE indicator_id = 'aandeel-65plus' AND period = '2024'
         AND breakdown = 'totaal' AND region_code = 'BU16800000'`,
      );
      expect(one.value).toBe(own!.value);
      expect(one.gemeente).toEqual({ code: 'GM1680', name: expect.any(String) });
      expect(body.quintileBreaks).toHaveLength(6);

      const wijken = (await get('/api/indicators/aandeel-65plus/values?type=wijk')).body;
      expect(wijken.regions.length).toBeGreaterThan(3000);
      const none = await get('/api/indicators/covid-overleden/values?type=buurt');
      expect(none.status).toBe(400);
      expect(JSON.stringify(none.body)).toContain('geen cijfers per buurt');
      const wrongPeriod = await get('/api/indicators/aandeel-65plus/values?type=buurt&period=2019');
      expect(wrongPeriod.status).toBe(400);
      expect(JSON.stringify(wrongPeriod.body)).toContain('beschikbaar: 2024');
    });

    it('finds wijken and buurten by name, with their gemeente, and leaves them out of the full list', async () => {
      const found = (await get('/api/regions?q=Annen')).body as { code: string; gemeente?: string }[];
      expect(found).toContainEqual({
        code: 'BU16800000',
        name: 'Annen',
        type: 'buurt',
        gemeente: 'Aa en Hunze',
      });
      const all = (await get('/api/regions')).body as { type: string }[];
      expect(all.some((r) => r.type === 'wijk' || r.type === 'buurt')).toBe(false);
    });

    it('loads the nine age groups, 80+ and households of 70072NED 2025 (NL totals as published)', async () => {
      const nl = (await get('/api/regions/NL01/profile')).body as Profile;
      expect(entry(nl, 'aandeel-80plus')).toMatchObject({
        period: '2025',
        count: 932295,
        denominator: 18044027,
      });
      expect(entry(nl, 'eenpersoonshuishoudens')).toMatchObject({
        period: '2025',
        value: 40.1,
        count: 3380900,
        denominator: 8430352,
      });
      // A region gets households summed: ZK07 = Σ one-person / Σ households of its gemeenten.
      const [sums] = await app.ctx.db.query<{ count: number; denominator: number }>(
        `SELECT sum(o.count)::float8 AS count, sum(o.denominator)::float8 AS denominator FROM observation o
         JOIN region_membership m ON m.gemeente_code = o.region_code
         WHERE o.indicator_id = 'eenpersoonshuishoudens' AND o.period = '2025' AND m.region_code = 'ZK07'`,
      );
      const zk07 = entry((await get('/api/regions/ZK07/profile')).body, 'eenpersoonshuishoudens');
      expect(zk07).toMatchObject({
        method: 'sum-counts',
        count: sums!.count,
        denominator: sums!.denominator,
      });
      expect(zk07.value).toBeCloseTo((sums!.count / sums!.denominator) * 100, 10);
      const amsterdam = (await get('/api/regions/GM0363/profile')).body as Profile;
      expect(
        amsterdam.indicators.filter((r) => r.id === 'bevolking-leeftijdsgroep' && r.period === '2025'),
      ).toHaveLength(9);
    });

    it('shows GGD-regio figures on a gemeente as the value of its GGD-regio (85563NED, VZinfo)', async () => {
      const amsterdam = (await get('/api/regions/GM0363/profile')).body as Profile;
      const smokers = entry(amsterdam, 'gezondheidsmonitor-ggd-roker');
      expect(smokers).toMatchObject({
        value: 22.3,
        valueOf: { code: 'GG3406', name: 'GGD Amsterdam' },
        rank: null,
      });
      expect(smokers.national?.value).toBe(16.6); // 85563NED Nederland, rokers
      const le = entry(amsterdam, 'levensverwachting-bij-geboorte', 'vrouw');
      expect(le).toMatchObject({
        value: 83.3,
        publishedSignificance: 'boven, 95% zeker',
        valueOf: { code: 'GG3406' },
      });
      // RIVM's comparison is GGD Amsterdam's, shown in words, not counted as Amsterdam's own result.
      expect(le.national?.at95).toBe('not-compared');
      const ggd = entry(
        (await get('/api/regions/GG3406/profile')).body,
        'levensverwachting-bij-geboorte',
        'vrouw',
      );
      expect(ggd.national?.at95).toBe('better');
      // A zorgkantoorregio across several GGD-regio's shows none; GGD-regio's rank among themselves.
      const zk = entry((await get('/api/regions/ZK04/profile')).body, 'gezondheidsmonitor-ggd-roker');
      expect(zk.value).toBeNull();
      const values = (await get('/api/indicators/levensverwachting-bij-geboorte/values?type=ggdregio')).body;
      expect(values.regions[0]).toMatchObject({ name: 'GGD Hollands-Midden', value: 82.5 });
      expect(values.regions.at(-1)).toMatchObject({ name: 'GGD Zuid-Limburg', value: 80.6 });
    });

    it('converts ervaren gezondheid 2022 to today’s gemeenten by population weight, flagged (50120NED)', async () => {
      const amsterdam = entry(
        (await get('/api/regions/GM0363/profile')).body,
        'gezondheidsmonitor-ervaren-gezondheid',
      );
      // Amsterdam 66.8 (882,633 inh.) and Weesp 71.2 (20,766) on 1-1-2022
      expect(amsterdam.value).toBeCloseTo((66.8 * 882633 + 71.2 * 20766) / 903399, 10);
      expect(amsterdam.flags).toContain('harmonised');
      const voorne = entry(
        (await get('/api/regions/GM1992/profile')).body,
        'gezondheidsmonitor-ervaren-gezondheid',
      );
      expect(voorne.value).toBeCloseTo((70.7 * 17704 + 67.6 * 40574 + 72.1 * 14960) / 73238, 10);
      const nl = entry(
        (await get('/api/regions/NL01/profile')).body,
        'gezondheidsmonitor-ervaren-gezondheid',
      );
      expect(nl).toMatchObject({ value: 69.0, method: 'observed' }); // 50120NED NL01 2022
      const obs = (
        await get('/api/observations?indicator=gezondheidsmonitor-ervaren-gezondheid&region=GM0363')
      ).body;
      expect(obs.observations[0].transformation).toMatch(/Weesp GM0457/);
    });

    it('gives ZK07 the bounds Urk’s suppressed vaccination allows, not a point value (21.3–21.8 %)', async () => {
      const zk07 = (await get('/api/regions/ZK07/profile')).body as Profile;
      expect(zk07.region.gemeenten.map((g) => g.code)).toContain('GM0184');
      const autumn = entry(zk07, 'vaccinatie-najaarsronde-2022', '12+');
      expect(autumn.value).toBeNull();
      expect(autumn.rank).toBeNull();
      expect(autumn.flags).toContain('suppressed-member');
      expect(autumn.bounds!.lower.toFixed(1)).toBe('21.3');
      expect(autumn.bounds!.upper.toFixed(1)).toBe('21.8');
      const urk = entry(
        (await get('/api/regions/GM0184/profile')).body,
        'vaccinatie-najaarsronde-2022',
        '12+',
      );
      expect(urk).toMatchObject({ value: null, bounds: { lower: 0, upper: 5 } });
    });
  });
}
