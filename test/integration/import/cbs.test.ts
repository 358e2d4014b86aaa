// Importing CBS tables with the real client against the replay server, on PGlite and on PostgreSQL: raw snapshots
// with provenance, symbols as flags, retries, identical re-imports, mapped tables reaching the profile, and
// failures that leave every table exactly as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import type { Profile, ProfileIndicator } from '../../../src/regiobeeld/profileTypes.ts';
import { buildServer } from '../../../src/server/app.ts';
import { CbsImportError, importCbsTable } from '../../../src/sources/cbs/import.ts';
import { MappingMismatch } from '../../../src/sources/cbs/importMapping.ts';
import { CbsError } from '../../../src/sources/cbs/index.ts';
import { GEMEENTEN_2023, population, UNKNOWN_REGION } from '../../fixtures/import/cbsTables.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';
import { testDatabases } from '../../support/database.ts';
import { caught, importFixtures, quickRetries, tableCounts } from './helpers.ts';

const entry = (profile: Profile, id: string, breakdown = 'totaal') =>
  profile.indicators.find((i) => i.id === id && i.breakdown === breakdown) as ProfileIndicator;

for (const database of testDatabases()) {
  describe(`CBS import on ${database.name}`, () => {
    let ctx: AppContext;
    let server: FastifyInstance;
    let replay: CbsReplayServer; // generated import fixtures (test/fixtures/import/cbsTables.ts)
    let recorded: CbsReplayServer; // the recorded fixtures of the client (test/fixtures/cbs/)
    let fixtures: ReturnType<typeof importFixtures>;
    const get = async (url: string) => {
      const response = await server.inject({ method: 'GET', url });
      return { status: response.statusCode, body: response.json() };
    };
    /** A mapped import: with the mappings of catalog/mappings/. */
    const runMapped = (tableId: string, options: Parameters<typeof importCbsTable>[2] = {}) =>
      importCbsTable(ctx, tableId, {
        baseUrl: (options.api ?? 'v3') === 'v3' ? replay.v3Url : replay.v4Url,
        client: quickRetries,
        ...options,
      });
    /** A raw import: a mappings directory without mappings. */
    const run = (tableId: string, options: Parameters<typeof importCbsTable>[2] = {}) =>
      runMapped(tableId, { mappingsDir: fixtures.dir, ...options });
    /** An import that must fail, and must leave every table exactly as it was. */
    const failsCleanly = async (work: () => Promise<unknown>) => {
      const before = await tableCounts(ctx.db);
      const error = await caught(work());
      expect(await tableCounts(ctx.db)).toEqual(before);
      expect(error.message).not.toContain('\n');
      return error;
    };

    /** The last year of bevolking per gemeente from a bundle file, and the year after the last one the bundle has
     *  at all (the replay of CBS's 03759ned recording goes further): the generated 03759ned brings both. */
    let OLD: number;
    let LATEST: number;
    let NEW: number;

    beforeAll(async () => {
      ctx = await openApp(await database.config());
      server = await buildServer(ctx);
      const [years] = await ctx.db.query<{ bundled: string; latest: string }>(
        `SELECT max(period) FILTER (WHERE snapshot_id LIKE 'bundle:%') AS bundled, max(period) AS latest
         FROM observation WHERE indicator_id = 'bevolking' AND region_code = 'GM0363'`,
      );
      OLD = Number(years!.bundled);
      LATEST = Number(years!.latest);
      NEW = LATEST + 1;
      fixtures = importFixtures({ years03759: [OLD, NEW] });
      replay = await startCbsReplayServer({ fixturesDir: fixtures.dir });
      recorded = await startCbsReplayServer();
    });
    afterAll(async () => {
      await server?.close();
      await ctx?.close();
      await replay?.close();
      await recorded?.close();
      fixtures?.remove();
      await database.cleanup();
    });

    it('imports a multi-page v3 table raw: every cell, keys trimmed, each with its snapshot', async () => {
      const progress: number[] = [];
      const result = await run('03759ned', { onProgress: (p) => progress.push(p.pages) });
      // 3,240 wide rows × 2 measures; 7 columns a row, so 1,428 rows a page under CBS's 10,000-cell limit. The
      // bundle's replay of the real recording was the table's snapshot until now.
      expect(result).toMatchObject({ status: 'imported', api: 'v3', cells: 6480, filter: null });
      expect(result.previousSnapshotId).toMatch(/^cbs:03759ned:[0-9a-f]{16}$/);
      expect(progress).toEqual([1, 2, 3]);
      expect(result.snapshotId).toMatch(/^cbs:03759ned:[0-9a-f]{16}$/);
      const [{ n, snapshots }] = (await ctx.db.query(
        `SELECT count(*)::int AS n, array_agg(DISTINCT snapshot_id) AS snapshots FROM cbs_observation
         WHERE snapshot_id LIKE 'cbs:03759ned:%'`,
      )) as [{ n: number; snapshots: string[] }];
      expect(n).toBe(6480);
      expect(snapshots).toEqual([result.snapshotId]);
      const [cell] = await ctx.db.query<{
        dims: Record<string, string>;
        region: string;
        period: string;
        value: number;
      }>(
        `SELECT dims, region, period, value FROM cbs_observation WHERE snapshot_id = $1
           AND measure = 'BevolkingOp1Januari_1' AND dims @> '{"Geslacht":"3000","Leeftijd":"10000","RegioS":"GM0363"}'
           AND period_cbs = $2`,
        [result.snapshotId, `${NEW}JJ00`],
      );
      expect(cell!.dims).toEqual({
        Geslacht: '3000',
        Leeftijd: '10000',
        BurgerlijkeStaat: 'T001019',
        RegioS: 'GM0363',
        Perioden: `${NEW}JJ00`,
      });
      expect(cell!.region).toBe('GM0363');
      expect(cell!.period).toBe(String(NEW));
      expect(cell!.value).toBe(population('GM0363', NEW).men.reduce((s, x) => s + x, 0));
    });

    it('keeps the raw pages in order, and the snapshot is the hash of them', async () => {
      const { body } = await get('/api/sources');
      const table = body.tables.find((t: { tableId: string }) => t.tableId === '03759ned');
      const snapshot = table.snapshots.find((s: { current: boolean }) => s.current);
      expect(snapshot).toMatchObject({ source: 'cbs', api: 'v3', tableId: '03759ned', licence: 'CC BY 4.0' });
      expect(snapshot.location).toBe(`${replay.v3Url}/03759ned`);
      const pages = await ctx.db.query<{ seq: number; url: string; sha256: string; body: string }>(
        'SELECT seq, url, sha256, body FROM snapshot_page WHERE snapshot_id = $1 ORDER BY seq',
        [snapshot.id],
      );
      // Metadata (TableInfos, DataProperties, 5 code lists) and then 3 data pages.
      expect(pages.map((p) => new URL(p.url).pathname.split('/').pop())).toEqual([
        'TableInfos',
        'DataProperties',
        'Geslacht',
        'Leeftijd',
        'BurgerlijkeStaat',
        'RegioS',
        'Perioden',
        'UntypedDataSet',
        'UntypedDataSet',
        'UntypedDataSet',
      ]);
      const sha = (s: string) => createHash('sha256').update(s).digest('hex');
      for (const p of pages) expect(p.sha256).toBe(sha(p.body));
      expect(snapshot.contentHash).toBe(sha(pages.map((p) => p.sha256).join('')));
      expect(snapshot.id).toBe(`cbs:03759ned:${snapshot.contentHash.slice(0, 16)}`);
      expect(snapshot.bytes).toBe(pages.reduce((s, p) => s + Buffer.byteLength(p.body), 0));
      // What is stored is what the server sent.
      const first = JSON.parse(pages[7]!.body);
      const fixture = JSON.parse(readFileSync(join(fixtures.dir, 'v3/03759ned/UntypedDataSet.json'), 'utf8'));
      expect(first.value[0]).toEqual(
        Object.fromEntries(
          [
            'Geslacht',
            'Leeftijd',
            'BurgerlijkeStaat',
            'RegioS',
            'Perioden',
            'BevolkingOp1Januari_1',
            'GemiddeldeBevolking_2',
          ].map((k) => [k, fixture.value[0][k]]),
        ),
      );
    });

    it('changes nothing when the same content is imported again', async () => {
      const before = await tableCounts(ctx.db);
      const [first] = await ctx.db.query<{ snapshot_id: string }>(
        "SELECT snapshot_id FROM cbs_table WHERE table_key = '03759ned'",
      );
      const again = await run('03759ned');
      expect(again.status).toBe('unchanged');
      expect(again.snapshotId).toBe(first!.snapshot_id);
      expect(await tableCounts(ctx.db)).toEqual(before);
    });

    it('retries a 500 and gets the same snapshot as without it', async () => {
      replay.fault(/03759ned\/UntypedDataSet.*skip=1428/, { status: 500 });
      const requests = replay.requests.length;
      const result = await run('03759ned');
      expect(result.status).toBe('unchanged');
      const retried = replay.requests.slice(requests).filter((r) => /UntypedDataSet.*skip=1428/.test(r));
      expect(retried).toHaveLength(2);
    });

    it('shows the tables, their structure and their cells through the API', async () => {
      const { status, body } = await get('/api/sources/03759NED');
      expect(status).toBe(200);
      expect(body).toMatchObject({ tableId: '03759ned', api: 'v3', cells: 6480, filter: null });
      expect(body.measures.map((m: { key: string }) => m.key)).toEqual([
        'BevolkingOp1Januari_1',
        'GemiddeldeBevolking_2',
      ]);
      const regio = body.dimensions.find((d: { key: string }) => d.key === 'RegioS');
      expect(regio.kind).toBe('region');
      expect(regio.codes).toContainEqual({ key: 'GM0363', title: 'Amsterdam', period: null });
      const perioden = body.dimensions.find((d: { key: string }) => d.key === 'Perioden');
      expect(perioden.codes).toContainEqual({ key: `${NEW}JJ00`, title: String(NEW), period: String(NEW) });
      // The bundle's replay (v4, filtered) and this import.
      expect(body.snapshots.map((x: { api: string; current: boolean }) => [x.api, x.current]).sort()).toEqual(
        [
          ['v3', true],
          ['v4', false],
        ],
      );

      const cells = await get(
        `/api/sources/03759ned/observations?measure=GemiddeldeBevolking_2&region=gm0363&period=${NEW}&limit=5`,
      );
      expect(cells.status).toBe(200);
      expect(cells.body.total).toBe(3 * 108);
      expect(cells.body.count).toBe(5);
      // The average population of the latest year is '.' in StatLine: a flag and no value, never 0.
      for (const c of cells.body.observations) {
        expect(c).toMatchObject({
          measure: 'GemiddeldeBevolking_2',
          region: 'GM0363',
          period: String(NEW),
          value: null,
        });
        expect(c.flag).toBe('not-available');
      }

      expect((await get('/api/sources/99999xyz')).status).toBe(404);
      const badMeasure = await get('/api/sources/03759ned/observations?measure=Onzin_9');
      expect(badMeasure.status).toBe(400);
      expect(badMeasure.body.parameter).toBe('measure');
      expect((await get('/api/sources/03759ned/observations?region=GM9999')).body.parameter).toBe('region');
      const badPeriod = await get(`/api/sources/03759ned/observations?period=${OLD - 5}`);
      expect(badPeriod.status).toBe(400);
      expect(badPeriod.body.parameter).toBe('period');
      expect(badPeriod.body.message).toContain(`${OLD}, ${NEW}`);
      expect((await get('/api/sources/03759ned/observations?limit=0')).body.parameter).toBe('limit');
    });

    it('keeps StatLine symbols as flags with no value (v3 UntypedDataSet), never as zeros', async () => {
      const result = await importCbsTable(ctx, '03759ned', {
        baseUrl: recorded.v3Url,
        mappingsDir: fixtures.dir,
      });
      expect(result).toMatchObject({ status: 'imported', cells: 96 });
      const flagged = await ctx.db.query<{ flag: string; value: number | null; n: number }>(
        `SELECT flag, value, count(*)::int AS n FROM cbs_observation WHERE snapshot_id = $1 AND flag IS NOT NULL
         GROUP BY flag, value ORDER BY flag`,
        [result.snapshotId],
      );
      expect(flagged).toEqual([
        { flag: 'nil', value: null, n: 1 },
        { flag: 'not-available', value: null, n: 6 },
        { flag: 'secret', value: null, n: 1 },
        { flag: 'unreliable', value: null, n: 1 },
      ]);
    });

    it('imports a v4 table without a mapping, with its value attributes as flags', async () => {
      const result = await importCbsTable(ctx, '83625NED', { api: 'v4', baseUrl: recorded.v4Url });
      expect(result).toMatchObject({
        status: 'imported',
        api: 'v4',
        cells: 88,
        mapping: null,
        dataSet: null,
      });
      const flags = await ctx.db.query<{ flag: string; n: number }>(
        `SELECT flag, count(*)::int AS n FROM cbs_observation WHERE snapshot_id = $1 AND flag IS NOT NULL
         GROUP BY flag ORDER BY flag`,
        [result.snapshotId],
      );
      // Weesp after 2021 and Voorne aan Zee before 2023 did not exist: CBS says 'Impossible'.
      expect(flags.map((f) => f.flag)).toEqual(['impossible']);
      const { body } = await get('/api/sources/83625ned/observations?region=GM0363&period=2015');
      expect(body.observations).toMatchObject([{ measure: 'M001534', value: 303_925 }]);
    });

    it('derives the mapped indicators, and the profile shows the new year', async () => {
      // The recorded 03759ned is current now; the generated one comes back, its snapshot kept, now with the mapping.
      const before = (await get('/api/regions/GM0363/profile')).body as Profile;
      const result = await runMapped('03759ned');
      expect(result.status).toBe('imported');
      expect(result.mapping).toMatchObject({ applied: true, skippedRegions: 1 });
      const mapped = result.mapping as { indicators: Record<string, number>; keptFromBundle: number };
      // 4 regions × 2 years; what the shipped bundle's files have for the older year is left as it is.
      expect(mapped.indicators['bevolking-leeftijd']).toBe(480);
      expect(mapped.indicators.bevolking! + mapped.keptFromBundle).toBe(8);
      expect(mapped.keptFromBundle).toBeGreaterThan(0);
      const [kept] = await ctx.db.query<{ snapshot_id: string }>(
        "SELECT snapshot_id FROM observation WHERE indicator_id = 'bevolking' AND region_code = 'GM0363' AND period = $1",
        [String(OLD)],
      );
      expect(kept!.snapshot_id).toMatch(/^bundle:/);
      expect(entry(before, 'bevolking').period).toBe(String(LATEST));

      const after = (await get('/api/regions/GM0363/profile')).body as Profile;
      const inhabitants = entry(after, 'bevolking');
      expect(inhabitants.period).toBe(String(NEW));
      expect(inhabitants.value).toBe(Math.round(GEMEENTEN_2023.GM0363! * 1.012 ** (NEW - 2023)));
      expect(inhabitants.snapshots).toEqual([result.snapshotId]);

      // The age pyramid: five-year bands, counts and shares of all inhabitants.
      const p = population('GM0363', NEW);
      const women85 = entry(after, 'bevolking-leeftijd', 'vrouw:85-89');
      const expected = [85, 86, 87, 88, 89].reduce((s, a) => s + p.women[a]!, 0);
      expect(women85).toMatchObject({ period: String(NEW), count: expected, denominator: inhabitants.value });
      expect(women85.value).toBeCloseTo((expected / inhabitants.value!) * 100, 9);
      const bands = after.indicators.filter((i) => i.id === 'bevolking-leeftijd');
      expect(bands).toHaveLength(60);

      const { body } = await get(
        `/api/observations?indicator=bevolking-leeftijd&region=GM0014&period=${NEW}&breakdown=man:95%2B`,
      );
      const withheld = body.observations[0];
      expect(withheld).toMatchObject({
        value: null,
        flags: ['suppressed-by-source'],
        snapshotId: result.snapshotId,
      });
      const total = (await get(`/api/observations?indicator=bevolking&region=GM0014&period=${NEW}`)).body
        .observations[0];
      expect(total.transformation).toContain(`CBS 03759ned (v3, snapshot ${result.snapshotId})`);
      expect(total.transformation).toContain('BevolkingOp1Januari_1 [Geslacht=T001038, Leeftijd=10000');
      const weesp = (
        await get(`/api/observations?indicator=bevolking&period=${NEW}`)
      ).body.observations.filter((o: { region: string }) => o.region === UNKNOWN_REGION);
      expect(weesp).toEqual([]);
    });

    it('maps a survey table with its published limits, and regions get the population-weighted mean', async () => {
      const result = await runMapped('50120NED');
      expect(result.mapping).toMatchObject({ applied: true, skippedRegions: 2 });
      const profile = (await get('/api/regions/GM0014/profile')).body as Profile;
      // Ervaren gezondheid 2022 is in the shipped bundle (issue 12) and keeps the bundle's row; the other
      // measures come from the import, with the published limits.
      const health = entry(profile, 'gezondheidsmonitor-ervaren-gezondheid');
      expect(health).toMatchObject({ period: '2022', method: 'observed', lower: null, upper: null });
      const smokers = entry(profile, 'gezondheidsmonitor-roker');
      expect(smokers).toMatchObject({ period: '2022', method: 'observed', flags: ['estimate'] });
      expect(smokers.upper! - smokers.lower!).toBeCloseTo(3, 9);
      const { body } = await get('/api/observations?indicator=gezondheidsmonitor-mantelzorger&region=GM0014');
      expect(body.observations.map((o: { period: string }) => o.period)).toEqual(['2022']);
      const province = entry(
        (await get('/api/regions/PV20/profile?period=2022')).body,
        'gezondheidsmonitor-roker',
      );
      expect(province.method).toBe('population-weighted-mean');
    });

    it('re-derives the indicators when only the mapping changed', async () => {
      const counts = await tableCounts(ctx.db);
      await ctx.db.query("UPDATE cbs_table SET mapping_hash = 'old' WHERE table_key = '50120ned'");
      const result = await runMapped('50120NED');
      expect(result.status).toBe('remapped');
      expect(await tableCounts(ctx.db)).toEqual(counts);
    });

    it('leaves everything as it was for a table that does not exist', async () => {
      const error = await failsCleanly(() => run('12345XXX'));
      expect(error).toBeInstanceOf(CbsError);
      expect(error.message).toMatch(/^Tabel 12345XXX bestaat niet bij CBS \(404\)/);
    });

    it('leaves everything as it was when the network fails in the middle of paging', async () => {
      replay.fault(/03759ned\/UntypedDataSet.*skip=2856/, { status: 503, times: 5 });
      const error = await failsCleanly(() => run('03759ned'));
      expect(error).toMatchObject({ kind: 'server', status: 503 });
      expect(error.message).toMatch(/^CBS gaf een fout \(503\) na 5 pogingen/);
    });

    it('leaves everything as it was when a page times out for good', async () => {
      replay.fault(/03759ned\/UntypedDataSet.*skip=1428/, { delayMs: 300, times: 3 });
      const error = await failsCleanly(() =>
        run('03759ned', { client: { ...quickRetries, timeoutMs: 100, maxRetries: 2 } }),
      );
      expect(error).toMatchObject({ kind: 'timeout' });
    });

    it('leaves everything as it was for a malformed page', async () => {
      replay.fault(/03759ned\/UntypedDataSet.*skip=1428/, { status: 200, body: '{"value": [{"Geslacht": ' });
      const error = await failsCleanly(() => run('03759ned'));
      expect(error).toMatchObject({ kind: 'malformed' });
      expect(error.message).toMatch(/^CBS stuurde een onbruikbare pagina \(geen geldige JSON\)/);
    });

    it('leaves everything as it was when the table structure changed since the last import', async () => {
      const properties = JSON.parse(
        readFileSync(join(fixtures.dir, 'v3/03759ned/DataProperties.json'), 'utf8'),
      );
      properties.value = properties.value.map((p: { Key: string }) =>
        p.Key === 'GemiddeldeBevolking_2' ? { ...p, Key: 'GemiddeldeBevolking_3' } : p,
      );
      replay.fault('/03759ned/DataProperties', { status: 200, body: JSON.stringify(properties) });
      const error = await failsCleanly(() => run('03759ned'));
      expect(error).toBeInstanceOf(CbsImportError);
      expect(error.message).toMatch(
        /^De structuur van tabel 03759ned is veranderd sinds snapshot cbs:03759ned:[0-9a-f]{16} \(meetwaarde 'GemiddeldeBevolking_2' verdwenen, meetwaarde 'GemiddeldeBevolking_3' nieuw\)/,
      );
    });

    it('leaves everything as it was when a data page does not fit the metadata', async () => {
      const page = JSON.parse(readFileSync(join(fixtures.dir, 'v3/03759ned/UntypedDataSet.json'), 'utf8'));
      const rows = page.value
        .slice(1428, 2856)
        .map((r: Record<string, unknown>, i: number) => (i === 7 ? { ...r, RegioS: 'GM0999    ' } : r));
      replay.fault(/03759ned\/UntypedDataSet.*skip=1428/, {
        status: 200,
        body: JSON.stringify({ value: rows }),
      });
      const error = await failsCleanly(() => run('03759ned'));
      expect(error.message).toMatch(
        /^Tabel 03759ned: code 'GM0999' voor dimensie 'RegioS' staat niet in de codelijst; de structuur klopt niet met de metadata/,
      );
    });

    it('leaves everything as it was when a page repeats cells (broken paging)', async () => {
      const page = JSON.parse(readFileSync(join(fixtures.dir, 'v3/03759ned/UntypedDataSet.json'), 'utf8'));
      replay.fault(/03759ned\/UntypedDataSet.*skip=1428/, {
        status: 200,
        body: JSON.stringify({ value: page.value.slice(0, 1428) }),
      });
      const error = await failsCleanly(() => run('03759ned'));
      expect(error.message).toMatch(
        /^Tabel 03759ned: cel \w+ \{.*\} kwam 2 keer; de paginering van de download klopt niet/,
      );
    });

    it('leaves everything as it was when a mapped table no longer has what the mapping needs', async () => {
      const codes = JSON.parse(readFileSync(join(fixtures.dir, 'v3/03759ned/Leeftijd.json'), 'utf8'));
      codes.value = codes.value.filter((c: { Key: string }) => c.Key !== '22000');
      replay.fault('/03759ned/Leeftijd', { status: 200, body: JSON.stringify(codes) });
      const error = await failsCleanly(() => runMapped('03759ned'));
      expect(error).toBeInstanceOf(MappingMismatch);
      expect(error.message).toMatch(
        /^Tabel 03759ned past niet bij catalog\/mappings\/03759ned\.json: code '22000' ontbreekt in dimensie 'Leeftijd'/,
      );
    });
  });
}
