// Observations in long format, each with the snapshot it came from and how it was made.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid as badRequest, notFound } from '../../access/errors.ts';
import type { AppContext } from '../../app/context.ts';
import { parsePeriod } from '../../indicators/period.ts';

const METHOD_TEXT: Record<string, string> = {
  'sum-counts': 'tellers en noemers van de gemeenten opgeteld; interval opnieuw berekend',
  'population-weighted-mean': 'gemiddelde van de gemeenten gewogen naar inwonertal',
};

/** For a region made of gemeenten without its own published figure: the value aggregated from its gemeenten. */
async function derivedRows(
  ctx: AppContext,
  region: string,
  filter: { indicator?: string; period?: string; breakdown?: string },
  stored: Record<string, unknown>[],
) {
  const engine = await ctx.engine();
  if (!engine.regionsByCode.has(region) || engine.regionsByCode.get(region)!.type === 'gemeente') return [];
  const have = new Set(stored.map((r) => `${r.indicator}|${r.period}|${r.breakdown}`));
  const ref = { code: region, gemeenten: engine.membersOf(region) };
  return engine.catalog.indicators
    .filter((i) => i.geography === 'gemeente' && (!filter.indicator || i.id === filter.indicator))
    .flatMap((indicator) =>
      engine.index
        .periods(indicator.id)
        .filter((p) => !filter.period || p.code === filter.period)
        .flatMap((p) =>
          engine.index
            .breakdowns(indicator.id)
            .filter(
              (b) =>
                (!filter.breakdown || b === filter.breakdown) && !have.has(`${indicator.id}|${p.code}|${b}`),
            )
            .map((breakdown) => ({ breakdown, estimate: engine.estimate(indicator, ref, p, breakdown) }))
            .filter(({ estimate }) => estimate.value !== null || estimate.suppressed)
            .map(({ breakdown, estimate }) => ({
              indicator: indicator.id,
              region,
              period: p.code,
              periodType: p.type,
              breakdown,
              value: estimate.value,
              count: estimate.count,
              denominator: estimate.denominator,
              lower: estimate.lower,
              upper: estimate.upper,
              flags: estimate.flags,
              note: estimate.note?.nl ?? estimate.reason?.nl ?? null,
              transformation: `afgeleid uit ${estimate.gemeentenWithData} van ${estimate.gemeenten} gemeenten: ${METHOD_TEXT[estimate.method] ?? estimate.method}`,
              snapshotId: null,
              snapshots: estimate.snapshots,
              sourceTable: indicator.source.table,
              sourceTitle: indicator.source.title,
              licence: indicator.source.licence,
              attribution: indicator.source.attribution,
              derived: true,
            })),
        ),
    );
}

export const observationRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    fastify.withTypeProvider<ZodTypeProvider>().get(
      '/observations',
      {
        schema: {
          summary: 'Waarnemingen (indicator × regio × periode × uitsplitsing) met bron',
          querystring: z.object({
            indicator: z.string().max(100).optional(),
            region: z.string().max(20).optional(),
            period: z.string().max(20).optional().describe('2023, 2023Q1, 2023-04, 2022-06-19 of 2020-2022'),
            breakdown: z.string().max(50).optional(),
            limit: z.coerce.number().int().min(1).max(100000).default(10000),
          }),
        },
      },
      async (request) => {
        const { indicator, region, period, breakdown, limit } = request.query;
        if (indicator && !ctx.catalog.indicators.some((i) => i.id === indicator)) {
          throw notFound(`Indicator '${indicator}' bestaat niet`);
        }
        if (
          region &&
          (await ctx.db.query('SELECT 1 FROM region WHERE code = $1', [region.toUpperCase()])).length === 0
        ) {
          throw notFound(`Regio '${region}' bestaat niet`);
        }
        if (period && !parsePeriod(period)) {
          throw badRequest('period', `'${period}' is geen periode (gebruik bijv. 2023, 2023Q1 of 2020-2022)`);
        }
        const rows = await ctx.db.query(
          `SELECT o.indicator_id AS indicator, o.region_code AS region, o.period, o.period_type AS "periodType",
                  o.breakdown, o.value, o.count, o.denominator, o.lower, o.upper, o.flags, o.note,
                  o.transformation, o.snapshot_id AS "snapshotId", s.table_id AS "sourceTable", s.title AS "sourceTitle",
                  s.licence, s.attribution, s.location AS "sourceLocation", s.retrieved_at AS "retrievedAt"
           FROM observation o JOIN source_snapshot s ON s.id = o.snapshot_id
           WHERE ($1::text IS NULL OR o.indicator_id = $1) AND ($2::text IS NULL OR o.region_code = $2)
             AND ($3::text IS NULL OR o.period = $3) AND ($4::text IS NULL OR o.breakdown = $4)
           ORDER BY o.indicator_id, o.region_code, o.period_end, o.breakdown
           LIMIT $5`,
          [indicator ?? null, region?.toUpperCase() ?? null, period ?? null, breakdown ?? null, limit],
        );
        const derived = region
          ? await derivedRows(ctx, region.toUpperCase(), { indicator, period, breakdown }, rows)
          : [];
        const observations = [...rows.map((row) => ({ ...row, derived: false })), ...derived].slice(0, limit);
        return { count: observations.length, observations };
      },
    );
  };
