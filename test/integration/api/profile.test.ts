// Region profiles on both databases: aggregated numbers checked against an independent SQL GROUP BY of the
// same observations and the published methods; ad-hoc regions; bad input.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileIndicator } from '../../../src/regiobeeld/profileTypes.ts';
import { poissonRate, wilson } from '../../../src/stats/intervals.ts';
import { useApp } from '../../support/app.ts';
import { testDatabases } from '../../support/database.ts';

const entry = (profile: Profile, id: string, breakdown = 'totaal') =>
  profile.indicators.find((i) => i.id === id && i.breakdown === breakdown) as ProfileIndicator;

for (const database of testDatabases()) {
  describe(`region profiles on ${database.name}`, () => {
    const app = useApp(database);
    const get = app.get;
    /** Σcount and Σdenominator of an indicator over a region's gemeenten, by plain SQL. */
    const sums = async (indicator: string, region: string, period: string) => {
      const [row] = await app.ctx.db.query<{ count: number; denominator: number }>(
        `SELECT sum(o.count)::float8 AS count, sum(o.denominator)::float8 AS denominator
         FROM observation o JOIN region_membership m ON m.gemeente_code = o.region_code
         WHERE o.indicator_id = $1 AND m.region_code = $2 AND o.period = $3 AND o.breakdown = 'totaal'`,
        [indicator, region, period],
      );
      return row!;
    };

    it('aggregates counts of a zorgkantoorregio and recomputes the interval (Byar)', async () => {
      const { status, body } = await get('/api/regions/ZK02/profile');
      expect(status).toBe(200);
      const admissions = entry(body, 'covid-ziekenhuisopnames');
      expect(admissions.period).toBe('2023');
      const { count, denominator } = await sums('covid-ziekenhuisopnames', 'ZK02', '2023');
      const expected = poissonRate(count, denominator, 0.95, 100000);
      expect(admissions.count).toBe(count);
      expect(admissions.denominator).toBe(denominator);
      expect(admissions.value).toBeCloseTo(expected.value!, 9);
      expect(admissions.lower).toBeCloseTo(expected.lower!, 9);
      expect(admissions.upper).toBeCloseTo(expected.upper!, 9);
      expect(admissions.lower998!).toBeLessThan(admissions.lower!);
      expect(admissions.method).toBe('sum-counts');
    });

    it('compares with Nederland as the sum of all gemeenten, through polarity', async () => {
      const { body } = await get('/api/regions/ZK02/profile');
      const admissions = entry(body, 'covid-ziekenhuisopnames');
      const national = await sums('covid-ziekenhuisopnames', 'NL01', '2023');
      const nationalRate = (national.count / national.denominator) * 100000;
      expect(admissions.national!.value).toBeCloseTo(nationalRate, 9);
      expect(admissions.national!.basis).toBe('aggregate');
      const side =
        admissions.upper! < nationalRate ? 'better' : admissions.lower! > nationalRate ? 'worse' : 'similar';
      expect(admissions.national!.at95).toBe(side);
    });

    it('uses the published figure where the source has one', async () => {
      const { body } = await get('/api/regions/PV20/profile?period=2022');
      const population = entry(body, 'bevolking');
      expect(population.value).toBe(590170);
      expect(population.method).toBe('observed');
    });

    it('gives a proportion with a Wilson interval, a rank and a quintile among regions of its type', async () => {
      const { body } = await get('/api/regions/GG0111/profile');
      const older = entry(body, 'aandeel-65plus');
      expect(older.period).toBe('2025');
      const { count, denominator } = await sums('aandeel-65plus', 'GG0111', '2025');
      const expected = wilson(count, denominator, 0.95, 100);
      expect(older.value).toBeCloseTo(expected.value!, 9);
      expect(older.lower).toBeCloseTo(expected.lower!, 9);
      expect(older.rank!.of).toBe(25);
      expect(older.rank!.quintile).toBeGreaterThanOrEqual(1);
      expect(older.rank!.quintile).toBeLessThanOrEqual(5);
      expect(older.spine!.min!).toBeLessThanOrEqual(older.value!);
      expect(older.national!.at95).toMatch(/^(higher|lower|similar)$/);
      // GGD Groningen has the same gemeenten as the provincie: the parent is the landsdeel, not itself.
      expect(body.region.parent).toMatchObject({ code: 'LD01' });
      expect((await get('/api/regions/ZK02/profile')).body.region.parent).toMatchObject({ code: 'PV27' });
    });

    it('gives a gemeente its own value, its provincie as parent, and a trend marker over quarters', async () => {
      const { body } = await get('/api/regions/GM0363/profile?period=2022Q4');
      const tests = entry(body, 'covid-meldingen');
      expect(tests.count).toBe(6560);
      expect(tests.parent!.code).toBe('PV27');
      expect(tests.trend.points.length).toBeGreaterThanOrEqual(5);
      expect(['increasing', 'decreasing', 'no-significant-change']).toContain(tests.trend.marker);
    });

    it('calculates no trend across a partial period among the last five', async () => {
      const { body } = await get('/api/regions/GM0363/profile?period=2021Q1');
      const tests = entry(body, 'covid-meldingen');
      expect(tests.trend.marker).toBe('cannot-be-calculated');
      expect(tests.trend.reason!.nl).toContain('onvolledig');
    });

    it('computes an ad-hoc region exactly as the standard region with the same gemeenten', async () => {
      const zk = (await get('/api/regions/ZK02')).body.gemeenten.map((g: { code: string }) => g.code);
      const adhoc = (await get(`/api/profile?gemeenten=${zk.join(',')}&name=Test`)).body as Profile;
      const standard = (await get('/api/regions/ZK02/profile')).body as Profile;
      expect(adhoc.region).toMatchObject({ code: null, name: 'Test', type: 'eigen' });
      for (const id of ['covid-meldingen', 'aandeel-65plus', 'covid-overleden']) {
        expect(entry(adhoc, id).value).toBeCloseTo(entry(standard, id).value!, 9);
        expect(entry(adhoc, id).upper).toBeCloseTo(entry(standard, id).upper!, 9);
      }
      expect(adhoc.region.partOf.map((r) => r.code)).toContain('ZK02');
    });

    it('takes a population-weighted mean for estimates without counts', async () => {
      const adhoc = (await get('/api/profile?gemeenten=GM0014,GM0034&period=2023-09-24')).body as Profile;
      const coverage = entry(adhoc, 'vaccinatie-basisserie', '18+');
      const rows = await app.ctx.db.query<{ region_code: string; value: number }>(
        `SELECT region_code, value FROM observation WHERE indicator_id = 'vaccinatie-basisserie'
         AND breakdown = '18+' AND period = '2023-09-24' AND region_code IN ('GM0014', 'GM0034') ORDER BY region_code`,
      );
      const weights = await app.ctx.db.query<{ region_code: string; value: number }>(
        `SELECT region_code, value FROM observation WHERE indicator_id = 'bevolking' AND period = '2023'
         AND region_code IN ('GM0014', 'GM0034') ORDER BY region_code`,
      );
      const expected =
        (rows[0]!.value * weights[0]!.value + rows[1]!.value * weights[1]!.value) /
        (weights[0]!.value + weights[1]!.value);
      expect(coverage.value).toBeCloseTo(expected, 9);
      expect(coverage.method).toBe('population-weighted-mean');
    });

    it('weights by the nearest year that has populations per gemeente', async () => {
      // 2024 has population totals only for provinces and Nederland; the weights come from 2023 or 2025.
      const { body } = await get('/api/regions/ZK02/profile?period=2024');
      const income = entry(body, 'inkomen-gestandaardiseerd');
      expect(income.value).not.toBeNull();
      expect(income.national!.value).not.toBeNull();
      expect(income.method).toBe('population-weighted-mean');
    });

    it('shows national-only JZOJP indicators with the national value and the themes without an indicator', async () => {
      const { body } = await get('/api/regions/GM0363/profile');
      const workload = body.indicators.find((i: ProfileIndicator) => i.id === 'jzojp-werkdruk');
      expect(workload.availability).toBe('national-only');
      expect(workload.national.value).toBeGreaterThan(0);
      expect(body.themes).toHaveLength(25);
      expect(body.themes.filter((t: { usableIndicator: boolean }) => !t.usableIndicator)).toHaveLength(11);
      const nl = (await get('/api/regions/NL01/profile')).body;
      expect(nl.indicators.find((i: ProfileIndicator) => i.id === 'jzojp-werkdruk').value).toBeGreaterThan(0);
    });

    it('serves one indicator across all regions of a type', async () => {
      const { status, body } = await get('/api/indicators/covid-overleden/values?type=ggdregio');
      expect(status).toBe(200);
      expect(body.period).toBe('2022');
      expect(body.regions).toHaveLength(25);
      expect(body.regions[0].rank).toBe(1);
      expect(new Set(body.regions.map((r: { quintile: number }) => r.quintile))).toEqual(
        new Set([1, 2, 3, 4, 5]),
      );
      const series = (await get('/api/indicators/covid-overleden/series?region=GG3406')).body;
      expect(series.points.map((p: { period: string }) => p.period)).toContain('2021');
      expect(series.national.length).toBe(series.points.length);
    });

    it('says when an indicator has no data loaded yet, and where it comes from', async () => {
      const { body } = await get('/api/regions/GM0363/profile');
      const smokers = entry(body, 'gezondheidsmonitor-roker');
      expect(smokers.value).toBeNull();
      expect(smokers.reason!.nl).toContain('Nog geen cijfers beschikbaar (bron:');
      expect(smokers.source.table).toContain('50120NED');
    });

    it('refuses bad input with a message naming the bad value', async () => {
      expect((await get('/api/regions/ZK99/profile')).status).toBe(404);
      // An own region with mistakes keeps its usable gemeenten and names the rest (see forgiving.test.ts).
      const unknown = await get('/api/profile?gemeenten=GM9999,XX12');
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toContain('GM9999');
      expect(unknown.body.message).toContain("'XX12'");
      expect((await get('/api/profile?gemeenten=,')).body.message).toContain('leeg');
      expect((await get('/api/profile?gemeenten=363')).body.message).toContain("'363'");
      const period = await get('/api/regions/GM0363/profile?period=twintig');
      expect(period.status).toBe(400);
      expect(period.body.parameter).toBe('period');
      expect((await get('/api/indicators/covid-overleden/values?breakdown=65%2B')).body.parameter).toBe(
        'breakdown',
      );
    });
  });
}
