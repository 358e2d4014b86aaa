// The executive report's public data besides the profile: the goals of a region's published regioplannen.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { reportPlans } from '../../report/model.ts';
import { publishedPlansOfRegion } from '../../report/service.ts';

export const reportRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    fastify.withTypeProvider<ZodTypeProvider>().get(
      '/regions/:code/plans',
      {
        schema: {
          summary:
            'De gepubliceerde regioplannen van een regio met de stand van elk doel (openbaar; voor het rapport)',
          params: z.object({ code: z.string().min(2).max(20) }),
          response: { 200: reportPlans },
        },
      },
      async (request) => publishedPlansOfRegion(ctx, request.params.code.toUpperCase()),
    );
  };
