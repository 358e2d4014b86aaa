// Wijken and buurten of a gemeente, ranked per indicator (the list next to a gemeente's profile; issue 12).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { subAreaRanking } from '../../regiobeeld/subAreas.ts';
import { notFound } from '../errors.ts';

export const areaRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
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
      async (request, reply) => {
        const engine = await ctx.engine();
        const code = request.params.code.toUpperCase();
        if (engine.regionsByCode.get(code)?.type !== 'gemeente')
          throw notFound(
            `Gemeente '${request.params.code}' bestaat niet (wijken en buurten horen bij een gemeente)`,
          );
        await engine.prepareAreas(code);
        const json = engine.memo(`areas|${code}|${request.query.type}`, () =>
          JSON.stringify(subAreaRanking(engine, code, request.query.type)),
        );
        return reply.type('application/json; charset=utf-8').send(json);
      },
    );
  };
