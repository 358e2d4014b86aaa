// Region profiles (standard and ad-hoc regions), values of one indicator across regions, and trend series.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  adHocProfileQuery,
  indicatorParams,
  profileQuery,
  regionCodeParams,
  seriesQuery,
  valuesQuery,
} from '../../regiobeeld/api.ts';
import * as regiobeeld from '../../regiobeeld/service.ts';

export const profileRoutes =
  (deps: regiobeeld.RegiobeeldDeps): FastifyPluginAsync =>
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
      async (request, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .send(await regiobeeld.standardProfileJson(deps, request.params.code, request.query)),
    );

    api.get(
      '/profile',
      {
        schema: {
          summary: 'Profiel van een eigen regio: een lijst gemeentecodes',
          querystring: adHocProfileQuery,
        },
      },
      async (request, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .send(await regiobeeld.adHocProfileJson(deps, request.query)),
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
      async (request) => regiobeeld.valuesOf(deps, request.params.id, request.query),
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
      async (request) => regiobeeld.seriesOf(deps, request.params.id, request.query),
    );
  };
