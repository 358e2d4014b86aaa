// Issue "Keep the regiobeeld current": importing a synthetic CBS table from the replay server (v3 API paging under
// the 10,000-cell limit, 2 measures a row) into PGlite (a data directory on disk) and into PostgreSQL
// (TEST_DATABASE_URL, a schema of its own, dropped after): rows per second, and the peak resident memory sampled
// during the import, for 50,000 and 200,000 rows, to show that memory does not grow with the table. Since issue 17
// the staged cells and the observations are written with COPY (goal: ≥ 50,000 rows/s on PostgreSQL).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { connect, type Database } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadCatalog } from '../src/indicators/catalog.ts';
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

const pglite: Target = {
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

const postgres: Target = {
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

export default async function (): Promise<void> {
  const catalog = loadCatalog();
  const replay = await startCbsReplayServer();
  try {
    const targets = [pglite, ...((await postgresAnswers()) ? [postgres] : [])];
    if (targets.length === 1)
      console.log(`(no PostgreSQL at TEST_DATABASE_URL ${TEST_DATABASE_URL}: PGlite only)`);
    for (const target of targets) {
      for (const rows of [50_000, 200_000]) {
        const tableId = `synth${rows / 1000}k`;
        const { longRows } = replay.addSyntheticTable({ api: 'v3', tableId, rows });
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
              baseUrl: replay.v3Url,
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
          const label = `${target.name}: ${rows.toLocaleString('en')} rows (${longRows.toLocaleString('en')} cells, ${pages} pages)`;
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
