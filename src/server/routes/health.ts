import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as regiobeeld from '../../regiobeeld/service.ts';

export const healthRoutes =
  (deps: regiobeeld.RegiobeeldDeps): FastifyPluginAsync =>
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
      async () => regiobeeld.health(deps),
    );
  };
