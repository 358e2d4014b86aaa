// Issue "Keep the regiobeeld current": importing a synthetic CBS table from the replay server into PGlite (a data
// directory on disk) and into PostgreSQL (TEST_DATABASE_URL, a schema of its own, dropped after): rows per second,
// and the peak resident memory sampled during the import, to show that memory does not grow with the table. The v3
// table has wide rows (2 measures: 2 cells a row, 50,000 and 200,000 rows, paged under the 10,000-cell limit); the
// v4 table long ones (a row is one observation, 200,000). Since issue 17 the staged cells and the observations are
// written with COPY (goal: ≥ 50,000 rows/s on PostgreSQL).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { insertMany } from '../src/db/bulk.ts';
import { connect, type Database } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { copyAreaObservations } from '../src/db/observationStore.ts';
import { loadCatalog } from '../src/indicators/catalog.ts';
import type { ObservationRecord } from '../src/indicators/observation.ts';
import { importCbsTable } from '../src/sources/cbs/import.ts';
import { startCbsReplayServer } from '../test/support/cbs-replay-server.ts';
import { report, time } from './measure.ts';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// A full garbage collection before and after each run, so retained memory is told apart from garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Target {
  name: string;
  open(): Promise<{ db: Database; done: () => Promise<void> }>;
}

export const pglite: Target = {
  name: 'PGlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'jp-bench-ingest-'));
    const db = await connect({ dataDir: dir });
    return {
      db,
      done: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgres: Target = {
  name: 'PostgreSQL',
  async open() {
    const schema = `jp_bench_${randomBytes(5).toString('hex')}`;
    const db = await connect({ databaseUrl: TEST_DATABASE_URL, schema });
    return {
      db,
      done: async () => {
        await db.close();
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  },
};

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The write path alone: 200,000 observations into area_observation (no foreign keys) with COPY, one transaction,
 *  next to the unnest INSERT it replaced — the import figures above include paging, parsing and deriving. */
export async function writePath(target: Target): Promise<void> {
  const n = 200_000;
  const rows: ObservationRecord[] = Array.from({ length: n }, (_, i) => ({
    indicatorId: `bench-${i % 100}`,
    regionCode: `BU${String(i).padStart(8, '0')}`,
    period: { code: '2024', type: 'year', start: '2024-01-01', end: '2024-12-31' },
    breakdown: 'totaal',
    value: i / 7,
    count: i,
    denominator: i * 3,
    lower: null,
    upper: null,
    flags: i % 2 ? [] : ['partial-period'],
    note: null,
    snapshotId: 'bench',
    transformation: 'bench',
  }));
  const { db, done } = await target.open();
  try {
    await migrate(db);
    gc();
    const before = process.memoryUsage().rss;
    const copy = await time(() => db.transaction((tx) => copyAreaObservations(tx, rows, () => 'GM0001')));
    const after = process.memoryUsage().rss;
    await db.query('DELETE FROM area_observation');
    const columns = [
      'indicator_id',
      'region_code',
      'gemeente_code',
      'period',
      'period_type',
      'period_start',
      'period_end',
      'breakdown',
      'value',
      'count',
      'denominator',
      'snapshot_id',
      'transformation',
    ];
    const get = (o: ObservationRecord, c: string) =>
      ({
        indicator_id: o.indicatorId,
        region_code: o.regionCode,
        gemeente_code: 'GM0001',
        period: o.period.code,
        period_type: o.period.type,
        period_start: o.period.start,
        period_end: o.period.end,
        breakdown: o.breakdown,
        value: o.value,
        count: o.count,
        denominator: o.denominator,
        snapshot_id: o.snapshotId,
        transformation: o.transformation,
      })[c];
    const types: Record<string, string> = {
      period_start: 'date[]',
      period_end: 'date[]',
      value: 'float8[]',
      count: 'float8[]',
      denominator: 'float8[]',
    };
    const insert = await time(() =>
      db.transaction((tx) =>
        insertMany(
          tx,
          'area_observation',
          columns.map((c) => ({
            name: c,
            type: types[c] ?? 'text[]',
            get: (o: ObservationRecord) => get(o, c),
          })),
          rows,
        ),
      ),
    );
    const rate = (ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')} rows/s`;
    report(
      `${target.name}: write path, 200,000 observations with COPY`,
      rate(copy.ms),
      target.name === 'PostgreSQL' ? '≥ 50,000 rows/s' : undefined,
    );
    report('  the same with the unnest INSERT (before issue 17)', rate(insert.ms));
    report('  RSS before → after the COPY', `${mb(before)} → ${mb(after)}`);
  } finally {
    await done();
  }
}

export default async function (): Promise<void> {
  const catalog = loadCatalog();
  const replay = await startCbsReplayServer();
  try {
    const targets = [pglite, ...((await postgresAnswers()) ? [postgres] : [])];
    if (targets.length === 1)
      console.log(`(no PostgreSQL at TEST_DATABASE_URL ${TEST_DATABASE_URL}: PGlite only)`);
    for (const target of targets) await writePath(target);
    // v3 rows are wide (two measures: two cells a row); v4 rows are long (one observation, one cell a row).
    const runs = [
      { api: 'v3' as const, rows: 50_000 },
      { api: 'v3' as const, rows: 200_000 },
      { api: 'v4' as const, rows: 200_000 },
    ];
    for (const target of targets) {
      for (const { api, rows } of runs) {
        const tableId = `synth${api}${rows / 1000}k`;
        const { longRows } = replay.addSyntheticTable({ api, tableId, rows });
        const { db, done } = await target.open();
        try {
          await migrate(db);
          gc();
          const heapBefore = process.memoryUsage().heapUsed;
          const baseline = process.memoryUsage().rss;
          let peak = baseline;
          const sampler = setInterval(() => {
            peak = Math.max(peak, process.memoryUsage().rss);
          }, 25);
          let pages = 0;
          const run = await time(() =>
            importCbsTable({ db, catalog }, tableId, {
              api,
              baseUrl: api === 'v3' ? replay.v3Url : replay.v4Url,
              dataSet: 'TypedDataSet', // the synthetic table has no UntypedDataSet
              onProgress: (p) => {
                pages = p.pages;
              },
            }),
          );
          clearInterval(sampler);
          peak = Math.max(peak, process.memoryUsage().rss);
          if (run.result.cells !== longRows)
            throw new Error(`expected ${longRows} cells, got ${run.result.cells}`);
          const label = `${target.name}, ${api}: ${rows.toLocaleString('en')} rows (${longRows.toLocaleString('en')} cells, ${pages} pages)`;
          report(
            label,
            `${Math.round(rows / (run.ms / 1000)).toLocaleString('en')} rows/s`,
            target.name === 'PostgreSQL' ? '≥ 50,000 rows/s' : undefined,
          );
          report('  cells per second', `${Math.round(longRows / (run.ms / 1000)).toLocaleString('en')}`);
          report('  wall time', `${(run.ms / 1000).toFixed(1)} s`);
          report('  RSS before → after the import', `${mb(baseline)} → ${mb(process.memoryUsage().rss)}`);
          report('  peak RSS during import (growth over start)', `${mb(peak)} (+${mb(peak - baseline)})`);
          gc();
          const retained = process.memoryUsage().heapUsed - heapBefore;
          report(
            '  JS heap retained after the import (after GC)',
            `${retained < 0 ? '−' : '+'}${mb(Math.abs(retained))}`,
          );
        } finally {
          await done();
        }
      }
    }
  } finally {
    await replay.close();
  }
}
