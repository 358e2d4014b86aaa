// Issue 12, "Measured": the bundle loaded cold with its ~18,000 wijken and buurten, profiles and the whole country
// recomputed with every area's data read, each next to a plain SQL GROUP BY over the same observations.
import { openApp } from '../src/app/context.ts';
import { loadEngine } from '../src/app/engine.ts';
import { buildProfile } from '../src/regiobeeld/profile.ts';
import { subAreaRanking } from '../src/regiobeeld/subAreas.ts';
import { median, ms, percentile, report, time } from './measure.ts';

export default async function (): Promise<void> {
  const cold = await time(() =>
    openApp({
      port: 0,
      host: '127.0.0.1',
      dataDir: 'memory://',
      databaseUrl: undefined,
      databaseSchema: undefined,
    }),
  );
  const ctx = cold.result;
  try {
    const [counts] = await ctx.db.query<{ areas: number; area_obs: number; obs: number }>(
      `SELECT (SELECT count(*) FROM region WHERE type IN ('wijk', 'buurt'))::int AS areas,
              (SELECT count(*) FROM area_observation)::int AS area_obs, (SELECT count(*) FROM observation)::int AS obs`,
    );
    report(
      `bundle load cold, PGlite in memory (${counts!.areas} areas, ${counts!.obs + counts!.area_obs} observations)`,
      ms(cold.ms),
    );

    const groupBySql = `SELECT indicator_id, period, breakdown, region_code, sum(count), sum(denominator), avg(value)
       FROM (SELECT o.indicator_id, o.period, o.breakdown, m.region_code, o.count, o.denominator, o.value
             FROM observation o JOIN region_membership m ON m.gemeente_code = o.region_code
             UNION ALL SELECT indicator_id, period, breakdown, region_code, count, denominator, value FROM area_observation) x
       GROUP BY indicator_id, period, breakdown, region_code`;
    await ctx.db.query(groupBySql);
    const sqlTimes: number[] = [];
    for (let i = 0; i < 3; i++) sqlTimes.push((await time(() => ctx.db.query(groupBySql))).ms);
    const sql = median(sqlTimes);
    report('plain SQL GROUP BY, regions and all areas (median of 3)', ms(sql));

    const build = await time(() => loadEngine(ctx.db, ctx.catalog));
    const engine = build.result;
    report('engine built (areas not yet read)', ms(build.ms));
    const gemeenten = engine.regionsOfType('gemeente').map((g) => g.code);
    const read = await time(async () => {
      for (const g of gemeenten)
        for (const type of ['wijk', 'buurt'] as const) await engine.prepareAreas(g, type);
    });
    report(`areas of all ${gemeenten.length} gemeenten read (a query per gemeente and level)`, ms(read.ms));
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    report('  heap used with every area in memory', `${heap.toFixed(0)} MB`);

    const recompute = await time(() => engine.recomputeAll());
    report(`whole country recomputed incl. areas (${recompute.result} estimates)`, ms(recompute.ms), '< 2 s');
    report('  ratio to the plain SQL GROUP BY', `${(recompute.ms / sql).toFixed(1)}×`);

    const areas = [...engine.regionsOfType('wijk'), ...engine.regionsOfType('buurt')];
    const sample = areas.filter((_, i) => i % Math.ceil(areas.length / 400) === 0);
    const profileTimes: number[] = [];
    for (const area of sample) {
      const ref = { code: area.code, name: area.name, type: area.type, gemeenten: [] };
      profileTimes.push((await time(() => buildProfile(engine, ref))).ms);
    }
    report(`wijk/buurt profile, ${sample.length} areas: median`, ms(median(profileTimes)));
    report('wijk/buurt profile: p95', ms(percentile(profileTimes, 95)), 'p95 < 20 ms');
    report('  p95 ratio to the plain SQL GROUP BY', `${(percentile(profileTimes, 95) / sql).toFixed(2)}×`);

    // A gemeente's profile with every wijk and buurt in memory (its trend now has all years 2019–2026).
    const gemeenteTimes: number[] = [];
    for (const g of engine.regionsOfType('gemeente')) {
      const ref = { code: g.code, name: g.name, type: g.type, gemeenten: engine.membersOf(g.code) };
      gemeenteTimes.push((await time(() => buildProfile(engine, ref))).ms);
    }
    report(
      `gemeente profile with the areas loaded, all ${gemeenten.length}: median`,
      ms(median(gemeenteTimes)),
    );
    report('gemeente profile with the areas loaded: p95', ms(percentile(gemeenteTimes, 95)), 'p95 < 20 ms');
    report('  p95 ratio to the plain SQL GROUP BY', `${(percentile(gemeenteTimes, 95) / sql).toFixed(2)}×`);

    const rankingTimes: number[] = [];
    for (const g of gemeenten) rankingTimes.push((await time(() => subAreaRanking(engine, g, 'wijk'))).ms);
    report(`ranked wijken of a gemeente, all ${gemeenten.length}: p95`, ms(percentile(rankingTimes, 95)));
  } finally {
    await ctx.close();
  }
}
