// The indicator registry: categories, themes and indicators with their full metadata.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as regiobeeld from '../../regiobeeld/service.ts';

export const indicatorRoutes =
  (deps: regiobeeld.RegiobeeldDeps): FastifyPluginAsync =>
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
      // How many periods each indicator has data for (0: defined in the catalogue, not loaded yet).
      async (request) => regiobeeld.indicatorList(deps, request.query),
    );

    api.get(
      '/indicators/:id',
      {
        schema: {
          summary: 'Eén indicator met metadata en beschikbare perioden',
          params: z.object({ id: z.string().max(100) }),
        },
      },
      async (request) => regiobeeld.indicatorDetail(deps, request.params.id),
    );
  };
