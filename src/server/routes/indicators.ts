// The indicator registry: categories, themes and indicators with their full metadata.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../access/errors.ts';
import type { AppContext } from '../../app/context.ts';

export const indicatorRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/indicators',
      {
        schema: {
          summary: "Alle indicatoren met metadata, en de vijf Quintuple-Aim-categorieën en 25 JZOJP-thema's",
          querystring: z.object({
            category: z.enum(['kwaliteit', 'volksgezondheid', 'kosten', 'professionals', 'ses']).optional(),
            geography: z.enum(['gemeente', 'nederland']).optional(),
          }),
        },
      },
      async (request) => {
        // How many periods each indicator has data for (0: defined in the catalogue, not loaded yet).
        const engine = await ctx.engine();
        return {
          categories: ctx.catalog.categories,
          themes: ctx.catalog.themes,
          indicators: ctx.catalog.indicators
            .filter(
              (i) =>
                (!request.query.category || i.category === request.query.category) &&
                (!request.query.geography || i.geography === request.query.geography),
            )
            .map((i) => ({ ...i, periodsWithData: engine.index.periods(i.id).length })),
        };
      },
    );

    api.get(
      '/indicators/:id',
      {
        schema: {
          summary: 'Eén indicator met metadata en beschikbare perioden',
          params: z.object({ id: z.string().max(100) }),
        },
      },
      async (request) => {
        const indicator = ctx.catalog.indicators.find((i) => i.id === request.params.id);
        if (!indicator) throw notFound(`Indicator '${request.params.id}' bestaat niet`);
        const periods = await ctx.db.query<{
          period: string;
          type: string;
          regions: number;
          partial: boolean;
        }>(
          `SELECT period, period_type AS type, count(DISTINCT region_code)::int AS regions,
                  bool_or('partial-period' = ANY(flags)) AS partial
           FROM observation WHERE indicator_id = $1
           GROUP BY period, period_type, period_end ORDER BY period_end, period`,
          [indicator.id],
        );
        return { ...indicator, periods };
      },
    );
  };
