// Importing a partner's file on PGlite and PostgreSQL: every row checked first, then all of it in one transaction
// with a snapshot of the file on each observation; a file with any error writes nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import type { Profile } from '../../../src/regiobeeld/profileTypes.ts';
import { buildServer } from '../../../src/server/app.ts';
import { formatUploadError, importFile } from '../../../src/sources/upload/import.ts';
import { testDatabases } from '../../support/database.ts';
import { caught, tableCounts } from './helpers.ts';

const upload = (name: string) => fileURLToPath(new URL(`../../fixtures/upload/${name}`, import.meta.url));
const monitor = fileURLToPath(new URL('../../fixtures/import/upload/monitor.csv', import.meta.url));
const mapping = upload('mapping-comma.json');

for (const database of testDatabases()) {
  describe(`file import on ${database.name}`, () => {
    let ctx: AppContext;
    let server: FastifyInstance;
    let dir: string;
    const get = async (url: string) => (await server.inject({ method: 'GET', url })).json();
    /** A failed import leaves every table as it was. */
    const refused = async (file: string, mappingFile = mapping) => {
      const before = await tableCounts(ctx.db);
      const result = await importFile(ctx, file, mappingFile);
      expect(result.ok).toBe(false);
      expect(await tableCounts(ctx.db)).toEqual(before);
      return result;
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jp-file-import-'));
      ctx = await openApp(await database.config());
      server = await buildServer(ctx);
    });
    afterAll(async () => {
      await server?.close();
      await ctx?.close();
      rmSync(dir, { recursive: true, force: true });
      await database.cleanup();
    });

    it('imports a good file in one go, each observation with the snapshot of the file', async () => {
      const result = await importFile(ctx, monitor, mapping);
      const hash = createHash('sha256').update(readFileSync(monitor)).digest('hex');
      expect(result).toMatchObject({
        ok: true,
        file: 'monitor.csv',
        snapshotId: `upload:${hash.slice(0, 16)}`,
        knownFile: false,
        observations: 4,
        indicators: {
          'gezondheidsmonitor-ervaren-gezondheid': 2,
          'gezondheidsmonitor-eenzaam': 1,
          'aandeel-65plus': 1,
        },
      });
      const rows = await ctx.db.query<{
        region_code: string;
        value: number;
        snapshot_id: string;
        transformation: string;
      }>(
        `SELECT region_code, value, snapshot_id, transformation FROM observation WHERE snapshot_id = $1
         ORDER BY indicator_id, region_code`,
        [result.snapshotId],
      );
      expect(rows.map((r) => r.region_code)).toEqual(['GM0363', 'GM0518', 'GM0014', 'GM0363']);
      expect(rows[0]!.value).toBeCloseTo((110500 / 931298) * 100, 9);
      expect(rows[3]!.transformation).toBe(
        'geüpload bestand monitor.csv, rij 2 (koppeling mapping-comma.json)',
      );
      const [page] = await ctx.db.query<{ body: string; sha256: string }>(
        'SELECT body, sha256 FROM snapshot_page WHERE snapshot_id = $1',
        [result.snapshotId],
      );
      expect(Buffer.from(page!.body, 'base64').equals(readFileSync(monitor))).toBe(true);
      expect(page!.sha256).toBe(hash);

      const sources = await get('/api/sources');
      const file = sources.files.find((f: { source: string }) => f.source === 'upload');
      expect(file).toMatchObject({ location: 'upload:monitor.csv' });
      expect(file.snapshots[0]).toMatchObject({
        id: result.snapshotId,
        contentHash: hash,
        observations: 4,
        pages: 1,
      });
      expect(sources.files.some((f: { source: string }) => f.source === 'bundle')).toBe(true);

      const profile = (await get('/api/regions/GM0014/profile')) as Profile;
      const health = profile.indicators.find((i) => i.id === 'gezondheidsmonitor-ervaren-gezondheid')!;
      expect(health).toMatchObject({ period: '2024', value: 80.2, lower: 78.9, upper: 81.5 });
      expect(health.snapshots).toEqual([result.snapshotId]);
    });

    it('imports the same file again without new snapshots or rows', async () => {
      const before = await tableCounts(ctx.db);
      const result = await importFile(ctx, monitor, mapping);
      expect(result).toMatchObject({ ok: true, knownFile: true, observations: 4 });
      expect(await tableCounts(ctx.db)).toEqual(before);
    });

    it('imports an Excel file', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Indicator', 'Regio', 'Periode', 'Waarde', 'Teller', 'Noemer']);
      sheet.addRow(['gezondheidsmonitor-roker', 'GM0363', 2024, 17.5, null, null]);
      sheet.addRow([
        'gezondheidsmonitor-roker',
        'GM0014',
        2024,
        { formula: 'D2+1', result: 18.5 },
        null,
        null,
      ]);
      const file = join(dir, 'roken.xlsx');
      await workbook.xlsx.writeFile(file);
      const result = await importFile(ctx, file, upload('mapping-xlsx.json'));
      expect(result).toMatchObject({
        ok: true,
        observations: 2,
        indicators: { 'gezondheidsmonitor-roker': 2 },
      });
      expect(result.snapshotId).toMatch(/^upload:[0-9a-f]{16}$/);
    });

    it('refuses a file with bad rows, naming file, row and column, and writes nothing', async () => {
      const result = await refused(upload('row-problems.csv'));
      const lines = result.errors.map(formatUploadError);
      expect(lines).toContain("row-problems.csv, rij 2, kolom 'teller': een aantal kan niet negatief zijn");
      expect(lines).toContain(
        "row-problems.csv, rij 3, kolom 'periode': ongeldige periode '2022-13'; gebruik 2023, 2023Q1, 2023-04, 2022-06-19 of 2020-2022",
      );
      expect(lines).toContain(
        "row-problems.csv, rij 2, kolom 'indicator': onbekende indicator 'ervaren-gezondheid'",
      );
      expect(result.errorCount).toBe(result.errors.length);
    });

    it('refuses unknown regions, duplicates, a broken mapping, a file that is no table, an empty file', async () => {
      const unknown = await refused(upload('unknown-region.csv'));
      expect(unknown.errors.map(formatUploadError)).toContain(
        "unknown-region.csv, rij 3, kolom 'regiocode': onbekende regiocode 'GM9999'",
      );
      const duplicate = await refused(upload('duplicate.csv'));
      expect(duplicate.errors.map(formatUploadError).join('\n')).toMatch(
        /duplicate\.csv, rij 4: dezelfde indicator, regio, periode en uitsplitsing staan ook in rij 2/,
      );
      const badMapping = await refused(monitor, upload('mapping-bad.json'));
      expect(formatUploadError(badMapping.errors[0]!)).toMatch(
        /^mapping-bad\.json: Koppelbestand '.*mapping-bad\.json': /,
      );
      const garbage = await refused(upload('garbage.csv'));
      expect(formatUploadError(garbage.errors[0]!)).toBe('garbage.csv: Dit is geen tekstbestand (CSV)');
      const empty = await refused(upload('empty.csv'));
      expect(formatUploadError(empty.errors[0]!)).toMatch(/^empty\.csv: Het bestand is leeg/);
    });

    it('keeps the first 200 errors and counts the rest', async () => {
      const file = join(dir, 'veel-fouten.csv');
      const rows = Array.from(
        { length: 250 },
        (_, i) => `gezondheidsmonitor-roker,GM0363,2024-${13 + i},,1,,,,`,
      );
      writeFileSync(file, [readFileSync(monitor, 'utf8').split('\n')[0], ...rows].join('\n'));
      const result = await refused(file);
      expect(result.errors).toHaveLength(200);
      expect(result.errorCount).toBe(250);
    });

    it('writes nothing when the database refuses part of a file that passed the checks', async () => {
      // A catalogue with an indicator the database does not know: the checks pass, the foreign key does not.
      const catalog = {
        ...ctx.catalog,
        indicators: [...ctx.catalog.indicators, { ...ctx.catalog.indicators[0]!, id: 'bestaat-niet-in-db' }],
      };
      const file = join(dir, 'half.csv');
      writeFileSync(
        file,
        [
          readFileSync(monitor, 'utf8').split('\n')[0],
          'gezondheidsmonitor-roker,GM0518,2023,,19,,,,',
          'bestaat-niet-in-db,GM0518,2023,,1,,,,',
        ].join('\n'),
      );
      const before = await tableCounts(ctx.db);
      const error = await caught(importFile({ db: ctx.db, catalog }, file, mapping));
      expect(error.message).toMatch(/foreign key|violates/i);
      expect(await tableCounts(ctx.db)).toEqual(before);
    });
  });
}
