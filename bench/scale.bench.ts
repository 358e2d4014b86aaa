// Issue 17 item 1, "Scale benchmark": buurt-scale data on the PostgreSQL server. Generates GENERATED LOAD — never
// data — in a database of its own (`juisteplek_scale`, created on the server of TEST_DATABASE_URL): the real
// geography of the bundle (~18,000 gemeenten, wijken and buurten) × 100 generated indicators × 10 periods (~18M
// observations, `observation` for gemeenten, `area_observation` for wijken and buurten), all under one source
// snapshot named "generated load". Then: profile p95 for a gemeente, a wijk and an own region of 100 gemeenten,
// the indicator map of all buurten, the whole-country recompute, engine memory, next to the plain SQL GROUP BY.
// Takes minutes, so `npm run bench` runs it only when named: `npm run bench scale`; quick: `SCALE_SIZE=small`
// (or `npm run bench -- scale --size small`). The generated rows are kept for the next run (same size: reused);
// `SCALE_REGENERATE=1` makes them again, `SCALE_DROP=1` drops the database after the run.
import { freemem, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { loadEngine } from '../src/app/engine.ts';
import { connect, type Database } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { syncRegionTypes } from '../src/db/regionStore.ts';
import { loadCatalog } from '../src/indicators/catalog.ts';
import type { Catalog, Indicator } from '../src/indicators/schema.ts';
import { RegiobeeldEngine } from '../src/regiobeeld/engine.ts';
import { buildProfile } from '../src/regiobeeld/profile.ts';
import { valuesOf } from '../src/regiobeeld/service.ts';
import { loadBundle } from '../src/sources/bundle/load.ts';
import { median, ms, percentile, report, time } from './measure.ts';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const DATABASE = 'juisteplek_scale';
const SNAPSHOT = 'generated-load';
const TEMPLATE = 'aandeel-65plus'; // a proportion summed over gemeenten: the generated indicators copy its metadata

export const SIZES = {
  full: { indicators: 100, periods: 10 },
  small: { indicators: 5, periods: 4 },
} as const;
export type ScaleSize = keyof typeof SIZES;

// Measured on this schema (issue 17): an observation costs ~190 bytes in PostgreSQL and ~1 KB in the engine (the
// record, its index entry and the cached estimates: RSS 2.0 GB with 1.8M observations); the engine keeps at most MAX_AREA_OBSERVATIONS area observations besides the gemeenten'.
const ENGINE_BYTES_PER_OBSERVATION = 1000;
const BASE_ENGINE_BYTES = 400 * 2 ** 20;

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The memory a run needs in this process: what the engine may hold at most. Refused when it exceeds what is free. */
export function scaleMemoryCheck(
  size: { indicators: number; periods: number },
  regions: { gemeenten: number },
  memory: { free: number; total: number } = { free: freemem(), total: totalmem() },
): { ok: true; estimate: number } | { ok: false; estimate: number; message: string } {
  const gemeenteRows = regions.gemeenten * size.indicators * size.periods;
  const areaRows = RegiobeeldEngine.MAX_AREA_OBSERVATIONS;
  const estimate = BASE_ENGINE_BYTES + (gemeenteRows + areaRows) * ENGINE_BYTES_PER_OBSERVATION;
  // Leave room for the PostgreSQL server on the same machine.
  const available = Math.min(memory.free * 0.8, memory.total * 0.6);
  if (estimate > available)
    return {
      ok: false,
      estimate,
      message:
        `Schaalrun geweigerd: de engine heeft naar schatting ${gb(estimate)} nodig (${size.indicators} indicatoren × ` +
        `${size.periods} perioden × ${regions.gemeenten} gemeenten in het geheugen), er is ${gb(memory.free)} vrij van ` +
        `${gb(memory.total)}. Kies SCALE_SIZE=small. / Scale run refused: the engine would need about ${gb(estimate)}, ` +
        `${gb(memory.free)} of ${gb(memory.total)} is free.`,
    };
  return { ok: true, estimate };
}

function chosenSize(): ScaleSize {
  const i = process.argv.indexOf('--size');
  const size = (i >= 0 ? process.argv[i + 1] : undefined) ?? process.env.SCALE_SIZE ?? 'full';
  if (size !== 'full' && size !== 'small')
    throw new Error(`--size / SCALE_SIZE: '${size}' is geen grootte (kies full of small)`);
  return size;
}

const generatedId = (i: number) => `generated-load-${String(i).padStart(3, '0')}`;

/** The catalogue with the generated indicators added (named as generated load in every text). */
function withGenerated(catalog: Catalog, n: number): Catalog {
  const template = catalog.indicators.find((i) => i.id === TEMPLATE)!;
  const generated: Indicator[] = Array.from({ length: n }, (_, k) => ({
    ...template,
    id: generatedId(k + 1),
    name: { nl: `Gegenereerde belasting ${k + 1} (geen gegevens)`, en: `Generated load ${k + 1} (not data)` },
    shortName: { nl: `Gegenereerd ${k + 1}`, en: `Generated ${k + 1}` },
  }));
  return { ...catalog, indicators: [...catalog.indicators, ...generated] };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function scaleUrl(): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function generate(db: Database, catalog: Catalog, size: { indicators: number; periods: number }) {
  const [marker] = await db
    .query<{ size: string }>('SELECT size FROM generated_load_marker')
    .catch(() => [] as { size: string }[]);
  const label = `${size.indicators}x${size.periods}`;
  if (marker?.size === label && !process.env.SCALE_REGENERATE) return { reused: true, ms: 0 };
  return {
    reused: false,
    ms: (
      await time(async () => {
        await loadBundle(db, catalog, {}); // the real geography (regions, memberships) and the shipped data
        await db.query(`CREATE TABLE IF NOT EXISTS generated_load_marker (size text NOT NULL)`);
        await db.query(`DELETE FROM generated_load_marker`);
        await db.query(`DELETE FROM observation WHERE snapshot_id = $1`, [SNAPSHOT]);
        await db.query(`DELETE FROM area_observation WHERE snapshot_id = $1`, [SNAPSHOT]);
        await db.query(`DELETE FROM indicator WHERE id LIKE 'generated-load-%'`);
        await db.query(
          `INSERT INTO source_snapshot (id, source, table_id, api, title, licence, attribution, retrieved_at,
             content_hash, bytes, location)
           VALUES ($1, 'generated', 'generated-load', 'none', 'generated load — gegenereerde belasting, geen gegevens',
             'none', 'generated load (bench/scale.bench.ts)', now(), 'generated', 0, 'bench/scale.bench.ts')
           ON CONFLICT (id) DO NOTHING`,
          [SNAPSHOT],
        );
        await db.query(
          `INSERT INTO indicator (id, version, category, theme, meta)
           SELECT 'generated-load-' || lpad(i::text, 3, '0'), version, category, theme, meta
           FROM indicator, generate_series(1, $2::int) i WHERE id = $1`,
          [TEMPLATE, size.indicators],
        );
        // Rows in the order an import writes them (one indicator and period after another).
        const rows = (table: string, extra: string, regions: string) => `
          INSERT INTO ${table} (indicator_id, region_code, ${extra ? 'gemeente_code, ' : ''}period, period_type,
            period_start, period_end, breakdown, value, count, denominator, flags, snapshot_id, transformation)
          SELECT id, code, ${extra ? `${extra}, ` : ''}p::text, 'year', make_date(p, 1, 1), make_date(p, 12, 31), 'totaal',
                 round((100 * n / d)::numeric, 2)::float8, n, d, '{}', '${SNAPSHOT}', 'generated load'
          FROM (SELECT 'generated-load-' || lpad(i::text, 3, '0') AS id, i FROM generate_series(1, ${size.indicators}) i) ind
          CROSS JOIN generate_series(2024 - ${size.periods} + 1, 2024) p
          CROSS JOIN LATERAL (${regions}) r
          CROSS JOIN LATERAL (SELECT 200 + floor(random() * 4000) AS d) den
          CROSS JOIN LATERAL (SELECT floor(d * (0.05 + 0.3 * random())) AS n) num
          ORDER BY ind.i, p`;
        await db.query(rows('observation', '', `SELECT code FROM region WHERE type = 'gemeente'`));
        // The indexes are built after the rows (faster than keeping them up to date row by row).
        await db.query('DROP INDEX IF EXISTS area_observation_gemeente_idx');
        await db.query('DROP INDEX IF EXISTS area_observation_level_idx');
        // An area's gemeente: a wijk's parent, a buurt's parent's parent.
        await db.query(
          rows(
            'area_observation',
            'r.gemeente',
            `SELECT a.code, CASE WHEN a.type = 'wijk' THEN a.parent_code ELSE w.parent_code END AS gemeente
             FROM region a LEFT JOIN region w ON w.code = a.parent_code
             WHERE a.type IN ('wijk', 'buurt') ORDER BY a.code`,
          ),
        );
        await db.query('CREATE INDEX area_observation_gemeente_idx ON area_observation(gemeente_code)');
        await db.query(
          'CREATE INDEX area_observation_level_idx ON area_observation(gemeente_code, (left(region_code, 2)))',
        );
        await db.query('ANALYZE');
        await db.query(`INSERT INTO generated_load_marker (size) VALUES ($1)`, [label]);
      })
    ).ms,
  };
}

export default async function (): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const sizeName = chosenSize();
  const size = SIZES[sizeName];
  console.log(
    `Scale benchmark (${sizeName}: ${size.indicators} indicators × ${size.periods} periods × every gemeente, wijk and ` +
      `buurt): takes minutes; npm run bench runs it only when named (npm run bench scale; quick: SCALE_SIZE=small). ` +
      `Generated load, never data: database ${DATABASE}, snapshot '${SNAPSHOT}'.`,
  );
  const check = scaleMemoryCheck(size, { gemeenten: 342 });
  if (!check.ok) {
    console.log(check.message);
    process.exitCode = 2;
    return;
  }
  report('engine memory estimate (refused above the free memory)', gb(check.estimate));

  await adminQuery(`CREATE DATABASE ${DATABASE}`).catch((e: { code?: string }) => {
    if (e.code !== '42P04') throw e; // exists already
  });
  const catalog = withGenerated(loadCatalog(), size.indicators);
  const db = await connect({ databaseUrl: scaleUrl() });
  try {
    await migrate(db);
    await syncRegionTypes(db);
    const generated = await generate(db, catalog, size);
    const [counts] = await db.query<{ areas: number; obs: number; area_obs: number; generated: number }>(
      `SELECT (SELECT count(*) FROM region WHERE type IN ('gemeente', 'wijk', 'buurt'))::int AS areas,
              (SELECT count(*) FROM observation)::int AS obs, (SELECT count(*) FROM area_observation)::int AS area_obs,
              (SELECT count(*) FROM area_observation WHERE snapshot_id = '${SNAPSHOT}')::int +
              (SELECT count(*) FROM observation WHERE snapshot_id = '${SNAPSHOT}')::int AS generated`,
    );
    report(
      `generated load ${generated.reused ? '(reused from the last run)' : 'written'}: ${counts!.generated.toLocaleString('en')} observations`,
      generated.reused ? '–' : `${(generated.ms / 1000).toFixed(0)} s`,
    );
    report(
      `  rows: ${counts!.areas.toLocaleString('en')} gemeenten/wijken/buurten, observation + area_observation`,
      `${(counts!.obs + counts!.area_obs).toLocaleString('en')}`,
    );
    const [bytes] = await db.query<{ size: string }>(
      'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
    );
    report('  database size on disk', bytes!.size);

    // The plain SQL GROUP BY over the same rows: every gemeente observation into every region containing it.
    const groupBySql = `SELECT o.indicator_id, o.period, o.breakdown, m.region_code, sum(o.count), sum(o.denominator), avg(o.value)
       FROM observation o JOIN region_membership m ON m.gemeente_code = o.region_code
       WHERE m.year = (SELECT max(year) FROM region_membership)
       GROUP BY o.indicator_id, o.period, o.breakdown, m.region_code`;
    await db.query(groupBySql);
    const sqlTimes: number[] = [];
    for (let i = 0; i < 3; i++) sqlTimes.push((await time(() => db.query(groupBySql))).ms);
    const sql = median(sqlTimes);
    report('plain SQL GROUP BY, gemeenten into all regions (median of 3)', ms(sql));
    const areaSql = `SELECT indicator_id, period, breakdown, gemeente_code, sum(count), sum(denominator) FROM area_observation
       GROUP BY indicator_id, period, breakdown, gemeente_code`;
    const areaGroupBy = await time(() => db.query(areaSql));
    report('plain SQL GROUP BY over all area_observation rows (once)', ms(areaGroupBy.ms));

    gc();
    const rssBefore = process.memoryUsage().rss;
    const build = await time(() => loadEngine(db, catalog));
    const engine = build.result;
    report('engine built (gemeenten and regions; areas read on demand)', ms(build.ms));

    const recompute = await time(() => engine.recomputeAll());
    report(
      `whole country recomputed (${recompute.result.toLocaleString('en')} region estimates)`,
      ms(recompute.ms),
    );
    report('  ratio to the plain SQL GROUP BY', `${(recompute.ms / sql).toFixed(1)}×`, '< 10×');

    const ref = (code: string) => {
      const r = engine.regionsByCode.get(code)!;
      return {
        code,
        name: r.name,
        type: r.type,
        gemeenten: engine.isArea(code) ? [] : engine.membersOf(code),
      };
    };
    const gemeenten = engine.regionsOfType('gemeente').map((g) => g.code);
    const gemeenteTimes: number[] = [];
    for (const g of gemeenten) gemeenteTimes.push((await time(() => buildProfile(engine, ref(g)))).ms);
    report(`gemeente profile, all ${gemeenten.length}: median`, ms(median(gemeenteTimes)));
    report('gemeente profile: p95', ms(percentile(gemeenteTimes, 95)), 'p95 < 20 ms');

    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const ownTimes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const pick = [...gemeenten]
        .sort(() => random() - 0.5)
        .slice(0, 100)
        .sort();
      const own = { code: null, name: 'bench', type: 'eigen', gemeenten: pick };
      ownTimes.push((await time(() => buildProfile(engine, own))).ms);
    }
    report('own region of 100 gemeenten, 40 random: median', ms(median(ownTimes)));
    report('own region of 100 gemeenten: p95', ms(percentile(ownTimes, 95)), 'p95 < 20 ms');

    // A wijk: the first request reads its gemeente's areas (cold), later ones find them in memory (warm).
    const wijken = engine.regionsOfType('wijk');
    const sample = wijken.filter((_, i) => i % Math.max(1, Math.ceil(wijken.length / 300)) === 0);
    const coldTimes: number[] = [];
    const warmTimes: number[] = [];
    for (const w of sample) {
      coldTimes.push(
        (
          await time(async () => {
            await engine.prepareAreasOf(w.code);
            return buildProfile(engine, ref(w.code));
          })
        ).ms,
      );
      warmTimes.push((await time(() => buildProfile(engine, ref(w.code)))).ms);
    }
    report(
      `wijk profile, ${sample.length} wijken, incl. reading the gemeente's areas: median`,
      ms(median(coldTimes)),
    );
    report('wijk profile incl. reading: p95', ms(percentile(coldTimes, 95)));
    report('wijk profile, areas in memory: median', ms(median(warmTimes)));
    report('wijk profile, areas in memory: p95', ms(percentile(warmTimes, 95)), 'p95 < 20 ms');

    // The indicator map of all buurten: the answer of GET /api/indicators/{id}/values?type=buurt (one indicator's
    // buurt observations read from area_observation, ranked among all buurten).
    const mapTimes: number[] = [];
    let buurtValues = 0;
    const deps = { db, catalog, engine: async () => engine };
    for (let i = 1; i <= Math.min(10, size.indicators); i++) {
      const run = await time(() => valuesOf(deps, generatedId(i), { type: 'buurt', period: '2024' }));
      buurtValues = 'regions' in run.result ? run.result.regions.length : 0;
      mapTimes.push(run.ms);
    }
    report(
      `indicator map of all buurten (${buurtValues.toLocaleString('en')} values, 1 period): median`,
      ms(median(mapTimes)),
    );
    report('indicator map of all buurten: p95', ms(percentile(mapTimes, 95)));

    const memory = process.memoryUsage();
    report(
      'engine memory: RSS (growth since before the engine)',
      `${mb(memory.rss)} (+${mb(memory.rss - rssBefore)})`,
      '< 2 GB',
    );
    report('  JS heap used', mb(memory.heapUsed));
    report(
      `  area observations in memory (bound ${RegiobeeldEngine.MAX_AREA_OBSERVATIONS.toLocaleString('en')})`,
      engine.areaObservationsInMemory().toLocaleString('en'),
    );
  } finally {
    await db.close();
    if (process.env.SCALE_DROP) await adminQuery(`DROP DATABASE IF EXISTS ${DATABASE}`);
  }
}
