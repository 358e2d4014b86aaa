// Wijken and buurten of a gemeente, ranked per indicator (the list next to a gemeente's profile; issue 12).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as regiobeeld from '../../regiobeeld/service.ts';

export const areaRoutes =
  (deps: regiobeeld.RegiobeeldDeps): FastifyPluginAsync =>
  async (fastify) => {
    fastify.withTypeProvider<ZodTypeProvider>().get(
      '/regions/:code/areas',
      {
        schema: {
          summary: 'Wijken (of buurten) van een gemeente, per indicator gerangschikt',
          params: z.object({ code: z.string().max(20).describe('gemeentecode, bijv. GM0363') }),
          querystring: z.object({ type: z.enum(['wijk', 'buurt']).default('wijk') }),
        },
      },
      async (request, reply) =>
        reply
          .type('application/json; charset=utf-8')
          .send(await regiobeeld.subAreasJson(deps, request.params.code, request.query.type)),
    );
  };
