// Forgiving answers on both databases: region search by the names people type, an own region with mistyped
// codes (named and left out, the rest shown), an unknown period, and the summary of a real profile.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/regiobeeld/profileTypes.ts';
import {
  checkPeriod,
  comparableRows,
  nationalOnlyRows,
  strongestDifferences,
  themeRegionalFigure,
  themeRows,
} from '../../../src/regiobeeld/summary.ts';
import { useApp } from '../../support/app.ts';
import { testDatabases } from '../../support/database.ts';

for (const database of testDatabases()) {
  describe(`forgiving regiobeeld answers on ${database.name}`, () => {
    const app = useApp(database);
    const get = app.get;
    const search = async (q: string, extra = '') =>
      (await get(`/api/regions?q=${encodeURIComponent(q)}${extra}`)).body as { code: string; type: string }[];

    it('searches regions by common names, region-type words and with typos', async () => {
      expect((await search('Den Haag'))[0]!.code).toBe('GM0518');
      expect((await search('den bosch'))[0]!.code).toBe('GM0796');
      expect((await search('Noord Holland'))[0]!.code).toBe('PV27');
      expect((await search('zorgkantoor arnhem'))[0]).toMatchObject({
        code: 'ZK04',
        type: 'zorgkantoorregio',
      });
      expect((await search('gelderland midden')).map((r) => r.code)).toEqual(
        expect.arrayContaining(['VR07', 'GG1911']),
      );
      expect((await search('Amsterdm'))[0]!.code).toBe('GM0363');
      expect(await search('arnhem', '&limit=2')).toHaveLength(2);
      expect((await search('arnhem', '&type=zorgkantoorregio')).map((r) => r.code)).toEqual(['ZK04']);
      expect((await get('/api/regions?q=amsterdam&limit=0')).status).toBe(400);
    });

    it('leaves mistyped and unknown gemeenten out of an own region, naming them, and shows the rest', async () => {
      const { status, body } = await get('/api/profile?gemeenten=GM0363,GM9999,gm0384,XX1,GM0363&name=Test');
      expect(status).toBe(200);
      const profile = body as Profile;
      expect(profile.region.gemeenten.map((g) => g.code)).toEqual(['GM0363', 'GM0384']);
      expect(profile.skipped!.map((s) => s.code)).toEqual(['GM9999', 'XX1']);
      expect(profile.skipped![0]!.reason.nl).toBe('GM9999 is geen gemeente in de huidige indeling');
      expect(profile.skipped![1]!.reason.nl).toContain("'XX1' is geen gemeentecode");
      // The same two gemeenten without mistakes give the same figures.
      const clean = (await get('/api/profile?gemeenten=GM0363,GM0384&name=Test')).body as Profile;
      expect(clean.skipped).toEqual([]);
      expect(profile.indicators.map((r) => r.value)).toEqual(clean.indicators.map((r) => r.value));
    });

    it('says when a period has no data and which periods have', async () => {
      const none = checkPeriod((await get('/api/regions/ZK04/profile?period=1999')).body);
      expect(none).toMatchObject({ requested: '1999', hasData: false });
      // The periods to offer come from the latest profile's series (the page asks for it too).
      const latest = checkPeriod((await get('/api/regions/ZK04/profile')).body);
      expect(latest.hasData).toBe(true);
      expect(latest.available).toEqual(expect.arrayContaining(['2022', '2021', '2020']));
      expect(latest.available).not.toContain('1999');
      expect(latest.available).toEqual([...latest.available].sort().reverse());
      expect(checkPeriod((await get('/api/regions/ZK04/profile?period=2022')).body).hasData).toBe(true);
    });

    it('summarises a real profile: comparable figures, strongest differences, national-only apart, themes', async () => {
      const profile = (await get('/api/regions/ZK04/profile')).body as Profile;
      const comparable = comparableRows(profile);
      expect(comparable.length).toBeGreaterThan(0);
      for (const row of comparable) {
        expect(row.availability).toBe('regional');
        expect(row.national!.at95).not.toBe('not-compared');
      }
      // COVID-19 deaths in Arnhem's region are worse than Nederland at 95 % in the bundle's 2022 data.
      const strongest = strongestDifferences(profile, 3);
      expect(strongest.length).toBeGreaterThan(0);
      for (const row of strongest)
        expect(['better', 'worse', 'higher', 'lower']).toContain(row.national!.at95);
      expect(new Set(strongest.map((r) => r.id)).size).toBe(strongest.length);
      const nationalOnly = nationalOnlyRows(profile);
      expect(nationalOnly.every((r) => r.availability === 'national-only')).toBe(true);
      expect(nationalOnly.length + comparable.length).toBeLessThanOrEqual(profile.indicators.length);
      // A theme with a regional indicator and a national one lists the regional one first.
      const participatie = profile.themes.find((t) => t.id === 'participatie')!;
      const rows = themeRows(profile, participatie);
      expect(rows[0]!.availability).toBe('regional');
      expect(rows.at(-1)!.availability).toBe('national-only');
      expect(themeRegionalFigure(profile, participatie)).toBeNull(); // no Gezondheidsmonitor data in the bundle
    });
  });
}
