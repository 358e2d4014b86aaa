// The foundation API on both databases: geography, registry, observations, errors, idempotent atomic loading.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../support/app.ts';
import { testDatabases } from '../../support/database.ts';

for (const database of testDatabases()) {
  describe(`foundation API on ${database.name}`, () => {
    const app = useApp(database, { areas: true }); // the whole bundle, wijken and buurten included
    const get = app.get;

    it('reports health with the loaded data', async () => {
      const { status, body } = await get('/api/health');
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.database).toBe(database.name);
      // … plus the 3,393 wijken and 14,574 buurten of kwb 2024 (issue 12)
      expect(body.regions).toBe(342 + 12 + 25 + 31 + 35 + 25 + 4 + 1 + 3393 + 14574);
      expect(body.observations).toBeGreaterThan(20000);
    });

    it('lists every region type with its number of regions', async () => {
      const { body } = await get('/api/region-types');
      const counts = Object.fromEntries(
        body.map((t: { code: string; regions: number }) => [t.code, t.regions]),
      );
      expect(counts).toEqual({
        land: 1,
        landsdeel: 4,
        provincie: 12,
        ggdregio: 25,
        zorgkantoorregio: 31,
        arbeidsmarktregio: 35,
        veiligheidsregio: 25,
        gemeente: 342,
        wijk: 3393,
        buurt: 14574,
      });
      expect(body.find((t: { code: string }) => t.code === 'gemeente').hasBoundaries).toBe(true);
    });

    it('finds regions by type and by name', async () => {
      expect((await get('/api/regions?type=gemeente')).body).toHaveLength(342);
      const amsterdam = (await get('/api/regions?q=amsterdam')).body.map((r: { code: string }) => r.code);
      expect(amsterdam).toEqual(expect.arrayContaining(['GM0363', 'GG3406', 'ZK02', 'AM18', 'VR13']));
      expect((await get('/api/regions?q=fryslan')).body.map((r: { code: string }) => r.code)).toContain(
        'PV21',
      );
      expect((await get('/api/regions?q=GM0363')).body).toEqual([
        { code: 'GM0363', name: 'Amsterdam', type: 'gemeente' },
      ]);
    });

    it('gives a gemeente with every region it belongs to', async () => {
      const { status, body } = await get('/api/regions/GM0363');
      expect(status).toBe(200);
      expect(body.partOf.map((r: { code: string }) => r.code)).toEqual([
        'NL01',
        'LD03',
        'PV27',
        'GG3406',
        'ZK02',
        'AM18',
        'VR13',
      ]);
    });

    it('gives a region with its gemeenten, whose populations add up to the published CBS total', async () => {
      const { body } = await get('/api/regions/PV20');
      expect(body.name).toBe('Groningen');
      // The latest year: 1 January 2026, CBS's published provincial total from the bundle's replay of 03759ned
      // (data/cbs-recordings/03759ned); a zorgkantoorregio has no published total, so its gemeenten are summed.
      const recorded = JSON.parse(
        readFileSync(
          new URL('../../../data/cbs-recordings/03759ned/observations-page-1.json', import.meta.url),
          'utf8',
        ),
      ) as { value: { Measure: string; RegioS: string; Perioden: string; Value: number | null }[] };
      const pv20 = recorded.value.find(
        (o) => o.RegioS === 'PV20' && o.Perioden === '2026JJ00' && o.Measure === 'M000352',
      )!.Value;
      expect(body.population).toEqual({ value: pv20, period: '2026', basis: 'published' });
      expect((await get('/api/regions/ZK02')).body.population).toMatchObject({
        period: '2026',
        basis: 'sum',
      });
      expect(body.gemeenten).toHaveLength(10);
      const [row] = await app.ctx.db.query<{ total: number }>(
        `SELECT sum(o.value)::float8 AS total FROM observation o
         WHERE o.indicator_id = 'bevolking' AND o.period = '2022' AND o.region_code = ANY($1::text[])`,
        [body.gemeenten.map((g: { code: string }) => g.code)],
      );
      const published = (await get('/api/observations?indicator=bevolking&region=PV20&period=2022')).body
        .observations[0];
      expect(row!.total).toBe(590170);
      expect(published.value).toBe(590170);
      expect(published.sourceTable).toBe('70072ned');
    });

    it('serves observations with their source snapshot and transformation', async () => {
      const { body } = await get(
        '/api/observations?indicator=covid-ziekenhuisopnames&region=GM0363&period=2021',
      );
      expect(body.count).toBe(1);
      const o = body.observations[0];
      expect(o.count).toBe(2659);
      expect(o.denominator).toBe(903399);
      expect(o.value).toBeCloseTo((2659 / 903399) * 100000, 6);
      expect(o.flags).toEqual(['denominator-year-differs']);
      expect(o.snapshotId).toMatch(/^bundle:[0-9a-f]{16}$/);
      expect(o.transformation).toContain('bevolking 1-1-2022');
      expect(o.licence).toContain('RIVM');
      expect(new Date(o.retrievedAt).getTime()).toBeGreaterThan(0);
    });

    it('derives values for a region from its gemeenten, naming the transformation', async () => {
      const { body } = await get('/api/observations?indicator=covid-overleden&region=ZK02&period=2021');
      expect(body.count).toBe(1);
      const o = body.observations[0];
      expect(o.derived).toBe(true);
      expect(o.transformation).toMatch(/^afgeleid uit \d+ van \d+ gemeenten: tellers en noemers/);
      expect(o.value).toBeCloseTo((o.count / o.denominator) * 100000, 9);
      expect(o.snapshots).toHaveLength(1);
    });

    it('flags partial periods instead of mixing them with full ones', async () => {
      const { body } = await get('/api/observations?indicator=covid-meldingen&region=GM0363');
      const byPeriod = Object.fromEntries(
        body.observations.map((o: { period: string; flags: string[] }) => [o.period, o.flags]),
      );
      expect(byPeriod['2020']).toContain('partial-period');
      expect(byPeriod['2021']).not.toContain('partial-period');
      expect(byPeriod['2023']).toContain('partial-period');
      expect(byPeriod['2023Q1']).not.toContain('partial-period');
      expect(byPeriod['2024']).toBeUndefined();
    });

    it('keeps the source privacy label instead of a number', async () => {
      const { body } = await get(
        '/api/observations?indicator=vaccinatie-najaarsronde-2022&region=GM0184&breakdown=12%2B',
      );
      expect(body.observations[0].value).toBeNull();
      expect(body.observations[0].flags).toEqual(['suppressed-by-source']);
      expect(body.observations[0].note).toContain('<=5');
    });

    it('serves the indicator registry with metadata and periods', async () => {
      const list = (await get('/api/indicators')).body;
      expect(list.categories).toHaveLength(5);
      expect(list.themes).toHaveLength(25);
      const withData = Object.fromEntries(
        list.indicators.map((i: { id: string; periodsWithData: number }) => [i.id, i.periodsWithData]),
      );
      expect(withData['covid-overleden']).toBeGreaterThan(3);
      expect(withData['gezondheidsmonitor-roker']).toBe(0);
      const { status, body } = await get('/api/indicators/covid-meldingen');
      expect(status).toBe(200);
      expect(body.polarity).toBe('lower-is-better');
      expect(body.periods.find((p: { period: string }) => p.period === '2023').partial).toBe(true);
    });

    it('answers unknown codes with 404 and bad parameters with 400 naming the parameter', async () => {
      const unknownRegion = await get('/api/regions/GM9999');
      expect(unknownRegion.status).toBe(404);
      expect(unknownRegion.body.message).toContain('GM9999');
      expect((await get('/api/indicators/bestaat-niet')).status).toBe(404);
      const badType = await get('/api/regions?type=dorp');
      expect(badType.status).toBe(400);
      expect(badType.body.parameter).toBe('type');
      const badPeriod = await get('/api/observations?period=2023K1');
      expect(badPeriod.status).toBe(400);
      expect(badPeriod.body.parameter).toBe('period');
    });

    it('stores user-defined regions and refuses bad gemeente lists', async () => {
      const created = await app.server.inject({
        method: 'POST',
        url: '/api/user-regions',
        payload: { name: 'Zaanstreek-Waterland', gemeenten: ['GM0479', 'GM0385', 'GM0439'] },
      });
      expect(created.statusCode).toBe(201);
      const { body } = await get(`/api/user-regions/${created.json().id}`);
      expect(body.gemeenten).toEqual(['GM0385', 'GM0439', 'GM0479']);
      const bad = await app.server.inject({
        method: 'POST',
        url: '/api/user-regions',
        payload: { name: 'x', gemeenten: ['GM0363', 'GM0363'] },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain('GM0363');
    });

    it('serves the OpenAPI document and map boundaries', async () => {
      const docs = await get('/api/openapi.json');
      expect(Object.keys(docs.body.paths)).toEqual(
        expect.arrayContaining(['/api/regions', '/api/observations']),
      );
      const boundary = await app.server.inject({ method: 'GET', url: '/api/boundaries/zorgkantoorregio' });
      expect(boundary.json().objects.zorgkantoorregio_2024.geometries).toHaveLength(31);
    });

    it('loads the bundle only once (idempotent)', async () => {
      const { loadBundle } = await import('../../../src/sources/bundle/load.ts');
      const again = await loadBundle(app.ctx.db, app.ctx.catalog);
      expect(again.loaded).toBe(false);
      const [row] = await app.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bundle_load');
      expect(row!.n).toBe(1);
    });
  });
}
