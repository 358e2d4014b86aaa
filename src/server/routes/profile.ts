// Region profiles (standard and ad-hoc regions), values of one indicator across regions, and trend series.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { adHocRegion, RegionRefError, standardRegion } from '../../app/regionRef.ts';
import { parsePeriod } from '../../indicators/period.ts';
import {
  adHocProfileQuery,
  indicatorParams,
  profileQuery,
  regionCodeParams,
  seriesQuery,
  valuesQuery,
} from '../../regiobeeld/api.ts';
import { indicatorSeries, indicatorValues } from '../../regiobeeld/indicatorValues.ts';
import { buildProfile } from '../../regiobeeld/profile.ts';
import { ApiError, badRequest, notFound } from '../errors.ts';

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
          params: regionCodeParams,
          querystring: profileQuery,
        },
      },
      async (request, reply) => {
        checkPeriod(request.query.period);
        const engine = await ctx.engine();
        try {
          const region = standardRegion(engine, request.params.code);
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
          querystring: adHocProfileQuery,
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
          params: indicatorParams,
          querystring: valuesQuery,
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
          params: indicatorParams,
          querystring: seriesQuery,
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
