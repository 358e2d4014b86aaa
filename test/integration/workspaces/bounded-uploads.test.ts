// Bounded uploads (issue 18, item 5) on both databases, with real generated files: the row limit on a CSV and on
// an XLSX written by exceljs, a zip bomb (a sheet that unpacks far beyond the limit), a count of 1e308, a worker
// that runs out of memory. Each is refused naming the limit (and row and column where it applies), nothing is
// stored and no temporary file is left. A GET is answered while a large upload is being read, and partner data
// with a huge number stored before the range check answers the aggregate with a reason instead of a 500. The
// limits are set low through the config, so the files stay small.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NUMBER_RANGE } from '../../../src/indicators/ranges.ts';
import { NOT_SHOWN, OUT_OF_RANGE } from '../../../src/workspaces/aggregate.ts';
import { type TestDatabase, testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, partnerUpload, type Who } from './helpers.ts';

const LIMITS = { maxRows: 1000, maxCells: 50_000, maxColumns: 40, maxUncompressedBytes: 2 * 1024 * 1024 };
const mapping = partnerUpload([]).mapping;
const header = ['indicator', 'regiocode', 'periode', 'teller', 'noemer'];

/** A file as the upload body. */
const body = (fileName: string, content: Buffer) => ({
  fileName,
  contentBase64: content.toString('base64'),
  mapping,
});

/** Rows of partner data over the given gemeenten, one day per gemeente so that no two rows are the same cell. */
const dataRows = (n: number, gemeenten: string[]) =>
  Array.from({ length: n }, (_, i) => [
    'covid-ziekenhuisopnames',
    gemeenten[i % gemeenten.length]!,
    new Date(Date.UTC(2000, 0, 1 + Math.floor(i / gemeenten.length))).toISOString().slice(0, 10),
    '5',
    '100',
  ]);

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let tempRoot: string;
const previousTmp = process.env.TMPDIR;
beforeAll(async () => {
  // The service's temporary folders go here (os.tmpdir() reads TMPDIR), so the test sees exactly its own.
  tempRoot = await mkdtemp(join(tmpdir(), 'jp-bounded-'));
  process.env.TMPDIR = tempRoot;
});
afterAll(async () => {
  process.env.TMPDIR = previousTmp;
  await rm(tempRoot, { recursive: true, force: true });
});

const withLimits = (database: TestDatabase): TestDatabase => ({
  ...database,
  config: async () => ({ ...(await database.config()), uploadLimits: { ...LIMITS } }),
});

for (const database of testDatabases()) {
  describe(`bounded uploads on ${database.name}`, () => {
    let h: Harness;
    let beheerder: Who;
    let workspace: string;
    let gemeenten: string[];

    beforeAll(async () => {
      h = await harness(withLimits(database));
      const admin = await h.login(ADMIN.email, ADMIN.password);
      gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
        (g: { code: string }) => g.code,
      );
      const created = await h.call(admin, 'POST', '/api/workspaces', {
        name: 'Begrensde uploads',
        kind: 'dsv',
        region: { code: 'ZK04' },
      });
      workspace = created.body.id;
      beheerder = await h.join(workspace, admin, 'beheerder@example.nl', 'beheerder');
    });
    afterAll(async () => {
      await h?.close();
    });

    const upload = (content: ReturnType<typeof body>) =>
      h.call(beheerder, 'POST', `/api/workspaces/${workspace}/uploads`, content);

    /** Nothing stored: no upload, no observation, and no temporary file left behind. */
    async function nothingStored() {
      const uploads = await h.call(beheerder, 'GET', `/api/workspaces/${workspace}/uploads`);
      expect(uploads.body).toEqual([]);
      const [row] = await h.ctx.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM workspace_observation WHERE workspace_id = $1',
        [workspace],
      );
      expect(Number(row!.n)).toBe(0);
      // Only the service's own folders count (tsx keeps its compile cache in the same temporary folder).
      expect((await readdir(tempRoot)).filter((f) => f.startsWith('jp-upload-'))).toEqual([]);
    }

    it('refuses a CSV with more rows than the limit, naming the limit and the row', async () => {
      const csv = [header, ...dataRows(LIMITS.maxRows + 50, gemeenten)].map((r) => r.join(',')).join('\n');
      const r = await upload(body('groot.csv', Buffer.from(csv)));
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([
        expect.objectContaining({
          file: 'groot.csv',
          row: LIMITS.maxRows + 2,
          message: expect.objectContaining({
            nl: 'Rij 1002: het bestand heeft meer dan 1.000 rijen met gegevens (grens rijen, JUISTEPLEK_UPLOAD_MAX_ROWS); splits het bestand',
          }),
        }),
      ]);
      await nothingStored();
    });

    it('refuses an XLSX written by exceljs with more rows than the limit', async () => {
      const file = await xlsx([header, ...dataRows(LIMITS.maxRows + 1, gemeenten)]);
      const r = await upload(body('groot.xlsx', file));
      expect(r.status).toBe(422);
      expect(
        r.body.errors.map((e: { row: number; message: { nl: string } }) => [e.row, e.message.nl]),
      ).toEqual([
        [
          1002,
          'Rij 1002: het bestand heeft meer dan 1.000 rijen met gegevens (grens rijen, JUISTEPLEK_UPLOAD_MAX_ROWS); splits het bestand',
        ],
      ]);
      await nothingStored();
    });

    it('refuses a zip bomb: a small XLSX whose sheet unpacks beyond the uncompressed limit', async () => {
      const zip = await JSZip.loadAsync(await xlsx([header, ...dataRows(3, gemeenten)]));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      // 5 MB of white space between the rows: valid XML that deflates to a few kilobytes.
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('</row>', `</row>${' '.repeat(5 * 1024 * 1024)}`));
      const bomb = await zip.generateAsync({
        type: 'nodebuffer',
        compression: 'DEFLATE',
        compressionOptions: { level: 9 },
      });
      expect(bomb.length).toBeLessThan(100 * 1024);
      const r = await upload(body('bom.xlsx', bomb));
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([
        expect.objectContaining({
          file: 'bom.xlsx',
          row: null,
          message: {
            nl: 'Dit Excel-bestand pakt uit tot meer dan 2,0 MB (grens uitgepakte grootte, JUISTEPLEK_UPLOAD_MAX_UNCOMPRESSED_BYTES); het wordt niet gelezen. Sla alleen het werkblad met de gegevens op, of lever een CSV aan',
            en: 'This Excel file unpacks to more than 2.0 MB (uncompressed size limit, JUISTEPLEK_UPLOAD_MAX_UNCOMPRESSED_BYTES); it is not read. Save only the sheet with the data, or send a CSV',
          },
        }),
      ]);
      await nothingStored();
    });

    it('refuses a count of 1e308 in its row and column, and stores none of the good rows', async () => {
      const rows = dataRows(5, gemeenten);
      rows[3]![3] = '1e308';
      const csv = [header, ...rows].map((r) => r.join(',')).join('\n');
      const r = await upload(body('enorm.csv', Buffer.from(csv)));
      expect(r.status).toBe(422);
      expect(r.body.errorCount).toBe(1);
      expect(r.body.errors[0]).toMatchObject({
        file: 'enorm.csv',
        row: 5,
        column: 'teller',
        value: '1e308',
        message: {
          nl: "Rij 5, kolom 'teller': '1e308' valt buiten het toegestane bereik voor aantal (0 t/m 1.000.000.000)",
        },
      });
      await nothingStored();
    });

    it('refuses a file whose reading needs more memory than the worker may have, and cleans up', async () => {
      const limits = h.ctx.config.uploadLimits!;
      limits.workerMemoryMb = 4;
      try {
        const r = await upload(
          body('klein.csv', Buffer.from([header, ...dataRows(3, gemeenten)].join('\n'))),
        );
        expect(r.status).toBe(422);
        expect(r.body.errors[0].message.nl).toContain(
          'meer dan 4 MB geheugen (geheugengrens, JUISTEPLEK_UPLOAD_WORKER_MEMORY_MB)',
        );
      } finally {
        delete limits.workerMemoryMb;
      }
      await nothingStored();
    });

    it('answers other requests while a large upload is being read', async () => {
      const limits = h.ctx.config.uploadLimits!;
      limits.maxRows = 100_000;
      limits.maxCells = 1_000_000;
      limits.maxUncompressedBytes = 100 * 1024 * 1024;
      try {
        // 40,000 rows; the last has an unknown gemeente, so the file is read to its end and then refused.
        const rows = dataRows(40_000, gemeenten);
        rows[rows.length - 1]![1] = 'GM9999';
        const file = await xlsx([header, ...rows]);
        let uploadDone = false;
        const pending = upload(body('veel.xlsx', file)).then((r) => {
          uploadDone = true;
          return r;
        });
        const answered: boolean[] = [];
        for (let i = 0; i < 3; i++) {
          const health = await h.call(anonymous, 'GET', '/api/health');
          expect(health.status).toBe(200);
          answered.push(uploadDone);
        }
        expect(answered).toEqual([false, false, false]);
        const r = await pending;
        expect(r.status).toBe(422);
        expect(
          r.body.errors.map((e: { row: number; message: { nl: string } }) => [e.row, e.message.nl]),
        ).toEqual([[40_001, "Rij 40001, kolom 'regiocode': onbekende regiocode 'GM9999'"]]);
      } finally {
        Object.assign(limits, LIMITS);
      }
      await nothingStored();
    });

    it('answers the aggregate of stored partner data with a huge count with a reason, not a 500', async () => {
      const rows = gemeenten.slice(0, 3).map((g) => ({ gemeente: g, count: 50, denominator: 1000 }));
      const stored = await upload(partnerUpload(rows));
      expect(stored.status).toBe(201);
      // As data uploaded before the range check could be: a count far beyond any real one.
      await h.ctx.db.query('UPDATE workspace_observation SET count = 1e308 WHERE workspace_id = $1', [
        workspace,
      ]);
      const query = 'indicator=covid-ziekenhuisopnames&period=2023&region=ZK04';
      const member = await h.call(beheerder, 'GET', `/api/workspaces/${workspace}/aggregate?${query}`);
      expect(member.status).toBe(200);
      expect(member.body).toMatchObject({ count: null, value: null, suppressed: true, reason: OUT_OF_RANGE });
      expect(OUT_OF_RANGE.nl).toContain(NUMBER_RANGE.count.max.toLocaleString('nl-NL'));
      const outsider = await h.call(anonymous, 'GET', `/api/workspaces/${workspace}/aggregate?${query}`);
      expect(outsider.status).toBe(200);
      expect(outsider.body).toMatchObject({ count: null, suppressed: true, reason: NOT_SHOWN });
      const csv = await h.call(
        beheerder,
        'GET',
        `/api/workspaces/${workspace}/aggregates.csv?indicator=covid-ziekenhuisopnames&period=2023`,
      );
      expect(csv.status).toBe(200);
      expect(csv.text).toContain('Niet berekend: de partnergegevens van deze cel bevatten');
    });
  });
}
