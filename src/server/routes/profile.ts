// Region profiles (standard and ad-hoc regions), values of one indicator across regions, and trend series.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { adHocRegion, RegionRefError, standardRegion } from '../../app/regionRef.ts';
import { REGION_TYPES } from '../../geo/regionTypes.ts';
import { parsePeriod } from '../../indicators/period.ts';
import { indicatorSeries, indicatorValues } from '../../regiobeeld/indicatorValues.ts';
import { buildProfile } from '../../regiobeeld/profile.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';

const periodParam = z
  .string()
  .max(20)
  .optional()
  .describe('periode, bijv. 2022, 2021Q3, 2022-06-19 of 2020-2022; standaard de laatste volledige periode');

function checkPeriod(period: string | undefined) {
  if (period !== undefined && !parsePeriod(period)) {
    throw badRequest('period', `'${period}' is geen periode (gebruik bijv. 2023, 2023Q1 of 2020-2022)`);
  }
}

function asApiError(error: unknown): never {
  if (error instanceof RegionRefError) {
    throw error.kind === 'not-found'
      ? notFound(error.message)
      : new ApiError(400, error.message, error.parameter);
  }
  throw error;
}

export const profileRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/regions/:code/profile',
      {
        schema: {
          summary:
            'Regioprofiel: alle indicatoren met interval, vergelijking met Nederland en de bovenliggende regio, trend en rang',
          params: z.object({ code: z.string().max(20) }),
          querystring: z.object({ period: periodParam }),
        },
      },
      async (request, reply) => {
        checkPeriod(request.query.period);
        const engine = await ctx.engine();
        try {
          const region = standardRegion(engine, request.params.code);
          // A wijk or buurt: read its gemeente's areas first (they are kept out of memory until asked for).
          const gemeente = engine.isArea(region.code) ? engine.gemeenteOf(region.code!) : null;
          if (gemeente) await engine.prepareAreas(gemeente);
          const key = `profile|${region.code}|${request.query.period ?? ''}`;
          const json = engine.memo(key, () =>
            JSON.stringify(buildProfile(engine, region, { period: request.query.period })),
          );
          return reply.type('application/json; charset=utf-8').send(json);
        } catch (error) {
          asApiError(error);
        }
      },
    );

    api.get(
      '/profile',
      {
        schema: {
          summary: 'Profiel van een eigen regio: een lijst gemeentecodes',
          querystring: z.object({
            gemeenten: z
              .string()
              .min(1)
              .max(4000)
              .describe("gemeentecodes gescheiden door komma's, bijv. GM0363,GM0384"),
            name: z.string().max(120).optional(),
            period: periodParam,
          }),
        },
      },
      async (request, reply) => {
        checkPeriod(request.query.period);
        const engine = await ctx.engine();
        try {
          const region = adHocRegion(engine, request.query.gemeenten, request.query.name);
          const key = `profile|${region.gemeenten.join(',')}|${region.name}|${request.query.period ?? ''}`;
          const json = engine.memo(key, () =>
            JSON.stringify(buildProfile(engine, region, { period: request.query.period })),
          );
          return reply.type('application/json; charset=utf-8').send(json);
        } catch (error) {
          asApiError(error);
        }
      },
    );

    api.get(
      '/indicators/:id/values',
      {
        schema: {
          summary: "Eén indicator voor alle regio's van een type (kaart en ranglijst)",
          params: z.object({ id: z.string().max(100) }),
          querystring: z.object({
            type: z.enum(REGION_TYPES.map((t) => t.code) as [string, ...string[]]).default('gemeente'),
            period: periodParam,
            breakdown: z.string().max(50).optional(),
          }),
        },
      },
      async (request) => {
        checkPeriod(request.query.period);
        const engine = await ctx.engine();
        const indicator = engine.indicator(request.params.id);
        if (!indicator) throw notFound(`Indicator '${request.params.id}' bestaat niet`);
        const result = indicatorValues(engine, indicator, request.query);
        if ('problem' in result) throw badRequest(result.parameter, result.problem);
        return result;
      },
    );

    api.get(
      '/indicators/:id/series',
      {
        schema: {
          summary: 'Tijdreeks van één indicator voor een regio, naast Nederland',
          params: z.object({ id: z.string().max(100) }),
          querystring: z.object({
            region: z.string().max(20).optional(),
            gemeenten: z.string().max(4000).optional(),
            breakdown: z.string().max(50).default('totaal'),
          }),
        },
      },
      async (request) => {
        const engine = await ctx.engine();
        const indicator = engine.indicator(request.params.id);
        if (!indicator) throw notFound(`Indicator '${request.params.id}' bestaat niet`);
        const { region, gemeenten, breakdown } = request.query;
        if (!region && !gemeenten)
          throw badRequest('region', 'geef een regiocode (region=) of gemeenten (gemeenten=)');
        try {
          const ref = region ? standardRegion(engine, region) : adHocRegion(engine, gemeenten!);
          return indicatorSeries(engine, indicator, ref, breakdown);
        } catch (error) {
          asApiError(error);
        }
      },
    );
  };
