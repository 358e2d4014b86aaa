import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    fastify.withTypeProvider<ZodTypeProvider>().get(
      '/health',
      {
        schema: {
          summary: 'Is de dienst gezond en zijn de data geladen?',
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.enum(['pglite', 'postgres']),
              regions: z.number(),
              indicators: z.number(),
              observations: z.number(),
            }),
          },
        },
      },
      async () => {
        const [row] = await ctx.db.query<{ regions: number; indicators: number; observations: number }>(
          `SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM indicator)::int AS indicators,
                  (SELECT count(*) FROM observation)::int AS observations`,
        );
        return { status: 'ok' as const, database: ctx.db.kind, ...row! };
      },
    );
  };
