// One boundary year per series (issue 12, item 3): the shipped replay of CBS's real 03759ned recording converts the
// gemeente figures of 2019–2022 (earlier indelingen) to today's gemeenten, flagged and traceable, so the series of a
// merged gemeente has every year 2019–2026 and no jump at the merger. Expected numbers are read from the
// recording, never typed in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { buildServer } from '../../../src/server/app.ts';
import { testDatabases } from '../../support/database.ts';

const recordingDir = fileURLToPath(new URL('../../../data/cbs-recordings/03759ned/', import.meta.url));
const recorded = (
  JSON.parse(readFileSync(join(recordingDir, 'observations-page-1.json'), 'utf8')) as {
    value: { Measure: string; Value: number | null; RegioS: string; Perioden: string }[];
  }
).value;
const cbs = (region: string, year: number, measure = 'M000352') =>
  recorded.find((o) => o.RegioS === region && o.Perioden === `${year}JJ00` && o.Measure === measure)?.Value ??
  null;
const sum = (codes: string[], year: number, measure?: string) =>
  codes.reduce((s, code) => s + cbs(code, year, measure)!, 0);
const EEMSDELTA = ['GM0003', 'GM0010', 'GM0024']; // Appingedam, Delfzijl, Loppersum → Eemsdelta 1-1-2021

for (const database of testDatabases()) {
  describe(`03759ned 2019–2022 converted to today's gemeenten, on ${database.name}`, () => {
    let ctx: AppContext;
    let server: FastifyInstance;
    const get = async (url: string) => (await server.inject({ method: 'GET', url })).json();
    const row = async (indicator: string, region: string, year: number) => {
      const rows = await ctx.db.query<{
        value: number;
        count: number | null;
        flags: string[];
        note: string | null;
        transformation: string;
        snapshot_id: string;
      }>(
        `SELECT value, count, flags, note, transformation, snapshot_id FROM observation
         WHERE indicator_id = $1 AND region_code = $2 AND period = $3 AND breakdown = 'totaal'`,
        [indicator, region, String(year)],
      );
      return rows[0] ?? null;
    };

    beforeAll(async () => {
      ctx = await openApp(await database.config());
      server = await buildServer(ctx);
    });
    afterAll(async () => {
      await server?.close();
      await ctx?.close();
      await database.cleanup();
    });

    it('gives Eemsdelta every year 2019–2026: the sum of its former gemeenten before 2021, flagged, no jump', async () => {
      const series = await get('/api/indicators/bevolking/series?region=GM1979');
      const points = (series.region?.points ?? series.points) as { period: string; value: number | null }[];
      const years = points.filter((p) => p.value !== null).map((p) => p.period);
      for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
        expect(years).toContain(String(year));
      for (const year of [2019, 2020]) {
        const o = (await row('bevolking', 'GM1979', year))!;
        expect(o.value).toBe(sum(EEMSDELTA, year));
        expect(o.count).toBe(sum(EEMSDELTA, year));
        expect(o.flags).toContain('harmonised');
        expect(o.snapshot_id).toMatch(/^cbs:03759ned:/);
        expect(o.note).toContain('omgerekend naar de gemeentelijke indeling van 2026');
        expect(o.transformation).toContain('Appingedam GM0003');
        expect(o.transformation).toContain('Loppersum GM0024');
        const avg = (await row('bevolking-gemiddeld', 'GM1979', year))!;
        expect(avg.value).toBe(sum(EEMSDELTA, year, 'M000365'));
      }
      // 2021 onwards is CBS's own Eemsdelta row.
      expect((await row('bevolking', 'GM1979', 2021))!.flags).not.toContain('harmonised');
      const values = points.filter((p) => p.value !== null).map((p) => p.value!);
      for (let i = 1; i < values.length; i++)
        expect(Math.abs(values[i]! / values[i - 1]! - 1)).toBeLessThan(0.02);
    });

    it('shares a split gemeente out by the inhabitants that went over (Haaren 2020 → Tilburg)', async () => {
      const haaren = cbs('GM0788', 2020)!;
      const o = (await row('bevolking', 'GM0855', 2020))!;
      expect(o.value).toBe(Math.round(cbs('GM0855', 2020)! + (haaren * 1442) / (2149 + 5827 + 1442 + 4900)));
      expect(o.flags).toEqual(expect.arrayContaining(['harmonised', 'estimate']));
      expect(o.transformation).toContain('Haaren GM0788');
    });

    it('has all 342 gemeenten of today in 2019–2021, adding up to Nederland (within the rounding of Haaren)', async () => {
      for (const year of [2019, 2020, 2021]) {
        const [r] = await ctx.db.query<{ n: number; total: number; former: number }>(
          `SELECT count(*)::int AS n, sum(value)::float8 AS total,
                  count(*) FILTER (WHERE region_code IN ('GM0457', 'GM0003', 'GM0788'))::int AS former
           FROM observation WHERE indicator_id = 'bevolking' AND period = $1 AND breakdown = 'totaal'
             AND region_code LIKE 'GM%'`,
          [String(year)],
        );
        expect(r!.n).toBe(342);
        expect(r!.former).toBe(0);
        expect(Math.abs(r!.total - cbs('NL01', year)!)).toBeLessThanOrEqual(2);
      }
      // Amsterdam 2021 includes Weesp, as the bundle's 2022 figure does: no jump in 2022.
      expect((await row('bevolking', 'GM0363', 2021))!.value).toBe(sum(['GM0363', 'GM0457'], 2021));
    });

    it('states the conversion on the trend of the profile', async () => {
      const profile = await get('/api/regions/GM1979/profile');
      const inhabitants = profile.indicators.find(
        (i: { id: string; breakdown: string }) => i.id === 'bevolking' && i.breakdown === 'totaal',
      );
      const converted = inhabitants.trend.points.filter((p: { conversion: string | null }) => p.conversion);
      expect(converted.map((p: { period: string }) => p.period)).toEqual(['2019', '2020']);
      expect(converted[0].conversion).toMatch(
        /^omgerekend naar de gemeentelijke indeling van 2026: Appingedam, Delfzijl en Loppersum opgeteld/,
      );
    });
  });
}
