// Imported sources: the CBS tables (measures, dimensions, snapshots, cells) and the files (bundle, uploads) that
// the observations came from, each with its immutable snapshots.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as sources from '../../sources/service.ts';

const tableParam = z.object({ tableId: z.string().max(40).describe('CBS-tabelnummer, bijv. 03759ned') });

export const sourceRoutes =
  (deps: sources.SourceDeps): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/sources',
      {
        schema: {
          summary: 'Geïmporteerde CBS-tabellen en bestanden (bundel, uploads), elk met hun snapshots',
        },
      },
      async () => sources.listSources(deps),
    );

    api.get(
      '/sources/:tableId',
      {
        schema: {
          summary: 'Eén geïmporteerde CBS-tabel: meetwaarden, dimensies met codes, snapshots',
          params: tableParam,
        },
      },
      async (request) => sources.sourceTable(deps, request.params.tableId),
    );

    api.get(
      '/sources/:tableId/observations',
      {
        schema: {
          summary: 'Cellen van de huidige snapshot van een CBS-tabel in lang formaat, met CBS-teken als vlag',
          params: tableParam,
          querystring: z.object({
            measure: z.string().max(100).optional().describe('meetwaarde, bijv. BevolkingOp1Januari_1'),
            region: z.string().max(20).optional().describe('code in de regiodimensie, bijv. GM0363'),
            period: z
              .string()
              .max(20)
              .optional()
              .describe('onze periodecode, bijv. 2023, 2023Q1 of 2020-2022'),
            limit: z.coerce.number().int().min(1).max(100000).default(10000),
            offset: z.coerce.number().int().min(0).default(0),
          }),
        },
      },
      async (request) => sources.sourceObservations(deps, request.params.tableId, request.query),
    );
  };
