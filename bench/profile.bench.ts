// Issue "Statistics engine": one region profile over all standard regions (median, p95), the whole country
// recomputed, an ad-hoc region of 100 gemeenten — each next to one plain SQL GROUP BY over the same observations.
import { openApp } from '../src/app/context.ts';
import { loadEngine } from '../src/app/engine.ts';
import { NATIONAL_CODE } from '../src/geo/regionTypes.ts';
import { buildProfile } from '../src/regiobeeld/profile.ts';
import { median, ms, percentile, report, time } from './measure.ts';

export default async function (): Promise<void> {
  const ctx = await openApp({
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory://',
    databaseUrl: undefined,
    databaseSchema: undefined,
  });
  try {
    const groupBySql = `SELECT o.indicator_id, o.period, o.breakdown, m.region_code, sum(o.count), sum(o.denominator), avg(o.value)
       FROM observation o JOIN region_membership m ON m.gemeente_code = o.region_code
       GROUP BY o.indicator_id, o.period, o.breakdown, m.region_code`;
    await ctx.db.query(groupBySql);
    const sqlTimes: number[] = [];
    for (let i = 0; i < 5; i++) sqlTimes.push((await time(() => ctx.db.query(groupBySql))).ms);
    const sql = median(sqlTimes);
    report('plain SQL GROUP BY, all observations × all regions (median of 5)', ms(sql));

    const engine = await loadEngine(ctx.db, ctx.catalog);
    // Standard regions only; wijken and buurten have their own bench (areas.bench.ts).
    const regions = engine.geography.regions.filter(
      (r) => r.code !== NATIONAL_CODE && !engine.isArea(r.code),
    );
    const ref = (code: string) => {
      const r = engine.regionsByCode.get(code)!;
      return { code, name: r.name, type: r.type, gemeenten: engine.membersOf(code) };
    };

    const recompute = await time(() => engine.recomputeAll());
    report(`whole country recomputed (${recompute.result} region estimates)`, ms(recompute.ms), '< 2 s');
    report('  ratio to the plain SQL GROUP BY', `${(recompute.ms / sql).toFixed(1)}×`);

    const profileTimes: number[] = [];
    for (const region of regions)
      profileTimes.push((await time(() => buildProfile(engine, ref(region.code)))).ms);
    report(
      `region profile (engine cache warm), all ${regions.length} standard regions: median`,
      ms(median(profileTimes)),
    );
    report('region profile: p95', ms(percentile(profileTimes, 95)), 'p95 < 20 ms');
    report('  p95 ratio to the plain SQL GROUP BY', `${(percentile(profileTimes, 95) / sql).toFixed(2)}×`);

    const gemeenten = engine.regionsOfType('gemeente').map((g) => g.code);
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const adhocTimes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const pick = [...gemeenten]
        .sort(() => random() - 0.5)
        .slice(0, 100)
        .sort();
      adhocTimes.push(
        (
          await time(() =>
            buildProfile(engine, { code: null, name: 'bench', type: 'eigen', gemeenten: pick }),
          )
        ).ms,
      );
    }
    report('ad-hoc region of 100 gemeenten: median', ms(median(adhocTimes)));
    report('ad-hoc region of 100 gemeenten: p95', ms(percentile(adhocTimes, 95)), 'p95 < 30 ms');
    report('  p95 ratio to the plain SQL GROUP BY', `${(percentile(adhocTimes, 95) / sql).toFixed(2)}×`);
  } finally {
    await ctx.close();
  }
}
