// Observations in long format, each with the snapshot it came from and how it was made.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as regiobeeld from '../../regiobeeld/service.ts';

export const observationRoutes =
  (deps: regiobeeld.RegiobeeldDeps): FastifyPluginAsync =>
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
      async (request) => regiobeeld.observationsOf(deps, request.query),
    );
  };
