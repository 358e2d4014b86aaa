// CBS imports on real tables, on PGlite and on PostgreSQL: the shipped bundle replays CBS's own v4 recording of
// 03759ned through the live import and mapping; filtered imports (--filter, --periods, --regions) of the real
// recording; a StatLine CSV download onto the same raw tables; and bad input that names table, dimension and code
// and leaves every table as it was. Expected numbers are read from the recording files, never typed in.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { parsePeriod } from '../../../src/indicators/period.ts';
import { buildServer } from '../../../src/server/app.ts';
import { BundleError } from '../../../src/sources/bundle/csv.ts';
import { loadBundle } from '../../../src/sources/bundle/load.ts';
import { CbsImportError, importCbsTable, importStatlineCsvFile } from '../../../src/sources/cbs/import.ts';
import { MappingMismatch } from '../../../src/sources/cbs/importMapping.ts';
import { CbsError } from '../../../src/sources/cbs/index.ts';
import { StatlineCsvError } from '../../../src/sources/cbs/statlineCsv.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';
import { testDatabases } from '../../support/database.ts';
import { caught, quickRetries, tableCounts } from './helpers.ts';

interface RecordedObservation {
  Measure: string;
  ValueAttribute: string;
  Value: number | null;
  RegioS: string;
  Perioden: string;
}
const recordingDir = fileURLToPath(new URL('../../../data/cbs-recordings/03759ned/', import.meta.url));
const index = JSON.parse(readFileSync(join(recordingDir, 'index.json'), 'utf8')) as {
  sliceFilter: string;
  capturedAt: string;
  source: string;
};
const recorded = (
  JSON.parse(readFileSync(join(recordingDir, 'observations-page-1.json'), 'utf8')) as {
    value: RecordedObservation[];
  }
).value;
/** CBS's own figure in the recording (1 January population, or the average with M000365). */
const cbs = (region: string, year: number, measure = 'M000352') =>
  recorded.find((o) => o.RegioS === region && o.Perioden === `${year}JJ00` && o.Measure === measure)?.Value ??
  null;
const csvFixture = fileURLToPath(
  new URL('../../fixtures/cbs/statline-csv/03759ned_bevolking_2022-2026.csv', import.meta.url),
);

for (const database of testDatabases()) {
  describe(`CBS imports on real tables, on ${database.name}`, () => {
    let ctx: AppContext;
    let server: FastifyInstance;
    let replay: CbsReplayServer; // the real recordings of test/fixtures/cbs/ (cut)
    let dir: string;
    const get = async (url: string) => (await server.inject({ method: 'GET', url })).json();
    const value = async (indicator: string, region: string, period: number) => {
      const rows = await ctx.db.query<{ value: number; snapshot_id: string; transformation: string }>(
        `SELECT value, snapshot_id, transformation FROM observation
         WHERE indicator_id = $1 AND region_code = $2 AND period = $3 AND breakdown = 'totaal'`,
        [indicator, region, String(period)],
      );
      return rows[0] ?? null;
    };
    const failsCleanly = async (work: () => Promise<unknown>) => {
      const before = await tableCounts(ctx.db);
      const error = await caught(work());
      expect(await tableCounts(ctx.db)).toEqual(before);
      expect(error.message).not.toContain('\n');
      return error;
    };
    const v4 = (options: Parameters<typeof importCbsTable>[2] = {}) =>
      importCbsTable(ctx, '03759ned', { api: 'v4', baseUrl: replay.v4Url, client: quickRetries, ...options });

    beforeAll(async () => {
      ctx = await openApp(await database.config());
      server = await buildServer(ctx);
      replay = await startCbsReplayServer();
      dir = mkdtempSync(join(tmpdir(), 'jp-cbs-real-'));
    });
    afterAll(async () => {
      await server?.close();
      await ctx?.close();
      await replay?.close();
      rmSync(dir, { recursive: true, force: true });
      await database.cleanup();
    });

    it('ships 03759ned as the replay of the real recording, filter and capture time kept in the snapshot', async () => {
      const { tables } = await get('/api/sources');
      const table = tables.find((t: { tableId: string }) => t.tableId === '03759ned');
      expect(table).toMatchObject({ api: 'v4', filter: index.sliceFilter, cells: recorded.length });
      const snapshot = table.snapshots.find((s: { current: boolean }) => s.current);
      expect(snapshot).toMatchObject({
        location: `data/cbs-recordings/03759ned (opname van ${index.source})`,
        retrievedAt: new Date(index.capturedAt).toISOString(),
        filter: index.sliceFilter,
      });
      // The recorded bodies, unchanged, are the snapshot's pages.
      const [page] = await ctx.db.query<{ body: string }>(
        "SELECT body FROM snapshot_page WHERE snapshot_id = $1 AND url LIKE '%/Observations%'",
        [snapshot.id],
      );
      expect(page!.body).toBe(readFileSync(join(recordingDir, 'observations-page-1.json'), 'utf8'));
    });

    it("replaces the provisional 2024 totals: Nederland and the provinces are CBS's definitive 03759ned figures", async () => {
      const nl = await value('bevolking', 'NL01', 2024);
      expect(nl!.value).toBe(cbs('NL01', 2024));
      expect(nl!.value).toBe(17_942_942); // the figure the issue names, as a check on the recording itself
      expect(nl!.transformation).toContain('CBS 03759ned (v4, snapshot cbs:03759ned:');
      for (const pv of ['PV20', 'PV27', 'PV31'])
        expect((await value('bevolking', pv, 2024))!.value).toBe(cbs(pv, 2024));
      // 2019-2021 for Nederland and the provinces come from the replay; 2022 stays the bundle file's (the same figure).
      expect((await value('bevolking', 'NL01', 2019))!.value).toBe(cbs('NL01', 2019));
      const nl2022 = await value('bevolking', 'NL01', 2022);
      expect(nl2022).toMatchObject({ value: cbs('NL01', 2022) });
      expect(nl2022!.snapshot_id).toMatch(/^bundle:/);
      expect((await value('bevolking-gemiddeld', 'NL01', 2024))!.value).toBe(cbs('NL01', 2024, 'M000365'));
      expect(await value('bevolking-gemiddeld', 'NL01', 2026)).toBeNull(); // not published yet
    });

    it("gives every gemeente 2023-2026 on today's indeling, summing to Nederland; earlier years converted", async () => {
      for (const year of [2023, 2024, 2025, 2026]) {
        const [row] = await ctx.db.query<{ n: number; total: number }>(
          `SELECT count(*)::int AS n, sum(value)::float8 AS total FROM observation
           WHERE indicator_id = 'bevolking' AND period = $1 AND breakdown = 'totaal' AND region_code LIKE 'GM%'`,
          [String(year)],
        );
        expect(row).toEqual({ n: 342, total: cbs('NL01', year) });
      }
      expect((await value('bevolking', 'GM0363', 2024))!.value).toBe(cbs('GM0363', 2024));
      // CBS's 2019-2022 rows are on the indelingen of those years (Weesp, Brielle, … still exist): no former
      // gemeente is kept, the gemeenten they went to are converted (test/integration/import/herindelingen.test.ts).
      const [old] = await ctx.db.query<{ former: number; harmonised: number }>(
        `SELECT count(*) FILTER (WHERE o.region_code IN ('GM0457', 'GM0501', 'GM0788'))::int AS former,
                count(*) FILTER (WHERE 'harmonised' = ANY(o.flags))::int AS harmonised
         FROM observation o JOIN source_snapshot s ON s.id = o.snapshot_id
         WHERE o.indicator_id LIKE 'bevolking%' AND o.period IN ('2019', '2020', '2021', '2022')
           AND o.region_code LIKE 'GM%' AND s.source = 'cbs'`,
      );
      expect(old!.former).toBe(0);
      expect(old!.harmonised).toBeGreaterThan(0);
      // The bundle's 2022 Amsterdam (on the 2023 indeling) is CBS's Amsterdam plus Weesp of that year.
      expect((await value('bevolking', 'GM0363', 2022))!.value).toBe(
        cbs('GM0363', 2022)! + cbs('GM0457', 2022)!,
      );
    });

    it('keeps the population weights of the regiobeeld working: all 342 gemeenten in the nearest year', async () => {
      const engine = await ctx.engine();
      const weights = engine.population(parsePeriod('2024')!);
      expect(weights.size).toBe(342);
      expect(weights.get('GM0363')).toBe(cbs('GM0363', 2024));
      expect(engine.population(parsePeriod('2020')!).size).toBe(342); // nearest year with gemeenten: 2022
      const profile = await get('/api/regions/PV27/profile?period=2024');
      const inhabitants = profile.indicators.find((i: { id: string }) => i.id === 'bevolking');
      expect(inhabitants).toMatchObject({ period: '2024', value: cbs('PV27', 2024) });
    });

    it('changes nothing when the bundle is loaded again', async () => {
      const before = await tableCounts(ctx.db);
      const result = await loadBundle(ctx.db, ctx.catalog, { force: true });
      expect(result.loaded).toBe(true);
      expect(await tableCounts(ctx.db)).toEqual(before);
    });

    it('refuses a recording whose code list does not fit the mapping, and leaves the database as it was', async () => {
      const data = join(dir, 'data');
      cpSync(fileURLToPath(new URL('../../../data/', import.meta.url)), data, { recursive: true });
      const file = join(data, 'cbs-recordings/03759ned/codes-Leeftijd.json');
      const codes = JSON.parse(readFileSync(file, 'utf8'));
      codes.value = codes.value.filter((c: { Identifier: string }) => c.Identifier !== '22000');
      writeFileSync(file, JSON.stringify(codes, null, 1));
      const error = await failsCleanly(() => loadBundle(ctx.db, ctx.catalog, { dataDir: data, force: true }));
      expect(error).toBeInstanceOf(BundleError);
      expect(error.message).toBe(
        `${join(data, 'cbs-recordings/03759ned')}: Tabel 03759ned past niet bij catalog/mappings/03759ned.json: code '22000' ontbreekt in dimensie 'Leeftijd' / Table 03759ned does not fit catalog/mappings/03759ned.json: code '22000' is missing from 'Leeftijd'`,
      );
    });

    it('refuses a filter naming a dimension the table lacks, naming table and dimension', async () => {
      const error = await failsCleanly(() => v4({ filter: "Regio eq 'GM0363'" }));
      expect(error).toBeInstanceOf(CbsImportError);
      expect((error as CbsImportError).kind).toBe('filter');
      expect(error.message).toMatch(
        /^Tabel 03759ned: \$filter: 'Regio' is geen dimensie van tabel 03759ned \(wel: /,
      );
    });

    it('refuses a code that is not in the code list, and shortcuts that match nothing', async () => {
      const code = await failsCleanly(() => v4({ filter: "Geslacht eq 'T009999'" }));
      expect(code.message).toContain(
        "code 'T009999' staat niet in de codelijst van dimensie 'Geslacht' van tabel 03759ned",
      );
      const region = await failsCleanly(() => v4({ regions: 'GM9999' }));
      expect(region.message).toContain(
        "--regions: code 'GM9999' staat niet in dimensie 'RegioS' van tabel 03759ned",
      );
      const period = await failsCleanly(() => v4({ periods: '2030' }));
      expect(period.message).toContain(
        "--periods: '2030' komt niet voor in dimensie 'Perioden' van tabel 03759ned",
      );
      const syntax = await failsCleanly(() => v4({ filter: "RegioS eq 'GM0363" }));
      expect(syntax.message).toContain('mist een slotaanhalingsteken');
    });

    it("stops on a filter CBS refuses, with CBS's own reason", async () => {
      const error = await failsCleanly(() => v4({ filter: "substringof('GM',RegioS)" }));
      expect(error).toBeInstanceOf(CbsError);
      expect(error.message).toContain(
        'CBS weigerde het verzoek (400) "An unknown function with name \'substringof\' was found."',
      );
    });

    it('stops when the code list has a code the mapping does not know, naming table, dimension and code', async () => {
      const codes = JSON.parse(
        readFileSync(new URL('../../fixtures/cbs/v4/03759ned/codes-Leeftijd.json', import.meta.url), 'utf8'),
      );
      codes.value.push({
        Identifier: '22400',
        Index: 109,
        Title: '110 jaar of ouder',
        DimensionGroupId: '13',
      });
      replay.fault('/03759ned/LeeftijdCodes', { status: 200, body: JSON.stringify(codes) });
      const error = await failsCleanly(() => v4());
      expect(error).toBeInstanceOf(MappingMismatch);
      expect(error.message).toMatch(
        /^Tabel 03759ned past niet bij catalog\/mappings\/03759ned\.json: code '22400' \(110 jaar of ouder\) van dimensie 'Leeftijd' staat niet in de koppeling van bevolking-leeftijd/,
      );
    });

    it('imports gemeenten and recent years only with --regions and --periods, keeping the other years', async () => {
      const result = await v4({ regions: 'gemeente', periods: '2025-2026' });
      expect(result).toMatchObject({ status: 'imported', api: 'v4', format: 'odata' });
      expect(result.filter).toBe(
        "(Perioden eq '2025JJ00' or Perioden eq '2026JJ00') and (startswith(RegioS,'GM'))",
      );
      // 8 gemeenten of the cut recording × 2 years × 2 measures.
      expect(result.cells).toBe(32);
      expect(replay.requests.some((r) => decodeURIComponent(r).includes(`$filter=${result.filter}`))).toBe(
        true,
      );
      const { tables } = await get('/api/sources');
      expect(tables.find((t: { tableId: string }) => t.tableId === '03759ned')).toMatchObject({
        filter: result.filter,
        snapshotId: result.snapshotId,
      });
      // A part of the table replaces only the keys it brings: 2024 keeps what the bundle shipped (the kwb 2024
      // file, equal to 03759ned for the gemeenten; the replay never overwrites a file's figure).
      expect((await value('bevolking', 'GM0363', 2026))!.snapshot_id).toBe(result.snapshotId);
      expect((await value('bevolking', 'GM0363', 2024))!.snapshot_id).toMatch(/^bundle:/);
      expect((await value('bevolking', 'NL01', 2026))!.snapshot_id).toBe(result.previousSnapshotId);
    });

    it('reads a StatLine CSV download onto the same raw tables, with the mapping', async () => {
      const result = await importStatlineCsvFile(ctx, csvFixture, '03759ned');
      expect(result).toMatchObject({
        status: 'imported',
        api: 'v4',
        format: 'statline-csv',
        cells: 50,
        pages: 1,
      });
      const flags = await ctx.db.query<{ flag: string | null; n: number }>(
        `SELECT flag, count(*)::int AS n FROM cbs_observation WHERE snapshot_id = $1 GROUP BY flag ORDER BY flag`,
        [result.snapshotId],
      );
      // Weesp after 2022 and Voorne aan Zee before 2023 are empty cells; the 2026 averages not published are '.'.
      expect(flags).toEqual([
        { flag: 'impossible', n: 10 },
        { flag: 'not-available', n: 4 },
        { flag: null, n: 36 },
      ]);
      const [cell] = await ctx.db.query<{ value: number; dims: Record<string, string> }>(
        `SELECT value, dims FROM cbs_observation WHERE snapshot_id = $1 AND measure = 'M000352'
           AND region = 'GM0363' AND period_cbs = '2024JJ00'`,
        [result.snapshotId],
      );
      expect(cell).toEqual({
        value: cbs('GM0363', 2024),
        dims: {
          BurgerlijkeStaat: 'T001019',
          Geslacht: 'T001038',
          Leeftijd: '10000',
          RegioS: 'GM0363',
          Perioden: '2024JJ00',
        },
      });
      const derived = await value('bevolking', 'GM1992', 2026);
      expect(derived).toMatchObject({ value: cbs('GM1992', 2026), snapshot_id: result.snapshotId });
      const { tables } = await get('/api/sources');
      const snapshot = tables
        .find((t: { tableId: string }) => t.tableId === '03759ned')
        .snapshots.find((s: { current: boolean }) => s.current);
      expect(snapshot.location).toBe('statline-csv:03759ned_bevolking_2022-2026.csv');
    });

    it('reads titles instead of codes too, and refuses a CSV that does not fit, naming file, row and column', async () => {
      const text = readFileSync(csvFixture, 'utf8');
      const write = (name: string, body: string) => {
        const path = join(dir, name);
        writeFileSync(path, body);
        return path;
      };
      // StatLine can write titles: "Amsterdam" and "2024" for GM0363 and 2024JJ00.
      const titled = write(
        'titels.csv',
        text.replaceAll('"GM0363    "', '"Amsterdam"').replaceAll('"2024JJ00"', '"2024"'),
      );
      const ok = await importStatlineCsvFile(ctx, titled, '03759ned');
      expect(ok.cells).toBe(50);

      const unknownCode = write('code.csv', text.replace('"GM0363    "', '"GM9999    "'));
      const e1 = await failsCleanly(() => importStatlineCsvFile(ctx, unknownCode, '03759ned'));
      expect(e1).toBeInstanceOf(StatlineCsvError);
      expect(e1.message).toBe(
        "code.csv, rij 12, kolom 'Regio's': code 'GM9999' staat niet in de codelijst van dimensie 'RegioS' van tabel 03759ned",
      );
      const unknownColumn = write(
        'kolom.csv',
        text.replace('"Gemiddelde bevolking (aantal)"', '"Huishoudens (aantal)"'),
      );
      const e2 = await failsCleanly(() => importStatlineCsvFile(ctx, unknownColumn, '03759ned'));
      expect(e2.message).toMatch(
        /^kolom\.csv, rij 1, kolom 'Huishoudens \(aantal\)': is geen dimensie of meetwaarde van tabel 03759ned/,
      );
      const missingDimension = write(
        'dimensie.csv',
        text
          .split('\r\n')
          .map((line) => line.replace(/^(\uFEFF)?"[^"]*";/, '$1'))
          .join('\r\n'),
      );
      const e3 = await failsCleanly(() => importStatlineCsvFile(ctx, missingDimension, '03759ned'));
      expect(e3.message).toBe(
        "dimensie.csv, rij 1: de kolom voor dimensie 'Geslacht' (Geslacht) van tabel 03759ned ontbreekt",
      );
      const badValue = write('waarde.csv', text.replace('"    17942942"', '"  17.942.942"'));
      const e4 = await failsCleanly(() => importStatlineCsvFile(ctx, badValue, '03759ned'));
      expect(e4.message).toBe(
        "waarde.csv, rij 4, kolom 'Bevolking op 1 januari (aantal)': '17.942.942' is geen getal en geen CBS-teken (. x - ?)",
      );
    });
  });
}
