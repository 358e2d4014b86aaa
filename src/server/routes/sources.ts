// Imported sources: the CBS tables (measures, dimensions, snapshots, cells) and the files (bundle, uploads) that
// the observations came from, each with its immutable snapshots.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { getSourceTable, listSourceFiles, listSourceTables, sourceCells } from '../../db/sourceStore.ts';
import { badRequest, notFound } from '../errors.ts';

const tableParam = z.object({ tableId: z.string().max(40).describe('CBS-tabelnummer, bijv. 03759ned') });

export const sourceRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/sources',
      {
        schema: {
          summary: 'Geïmporteerde CBS-tabellen en bestanden (bundel, uploads), elk met hun snapshots',
        },
      },
      async () => ({ tables: await listSourceTables(ctx.db), files: await listSourceFiles(ctx.db) }),
    );

    api.get(
      '/sources/:tableId',
      {
        schema: {
          summary: 'Eén geïmporteerde CBS-tabel: meetwaarden, dimensies met codes, snapshots',
          params: tableParam,
        },
      },
      async (request) => {
        const table = await getSourceTable(ctx.db, request.params.tableId);
        if (!table) throw notFound(`Tabel '${request.params.tableId}' is niet geïmporteerd`);
        return table;
      },
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
      async (request) => {
        const table = await getSourceTable(ctx.db, request.params.tableId);
        if (!table) throw notFound(`Tabel '${request.params.tableId}' is niet geïmporteerd`);
        const { measure, region, period, limit, offset } = request.query;
        if (measure !== undefined && !table.measures.some((m) => m.key === measure)) {
          throw badRequest(
            'measure',
            `'${measure}' is geen meetwaarde van ${table.tableId} (${table.measures
              .slice(0, 5)
              .map((m) => m.key)
              .join(', ')}${table.measures.length > 5 ? ', …' : ''})`,
          );
        }
        const regionDim = table.dimensions.find((d) => d.kind === 'region');
        const regionCode = region?.trim().toUpperCase();
        if (regionCode !== undefined) {
          if (!regionDim) throw badRequest('region', `tabel ${table.tableId} heeft geen regiodimensie`);
          if (!regionDim.codes.some((c) => c.key.toUpperCase() === regionCode)) {
            throw badRequest('region', `'${region}' komt niet voor in ${regionDim.key} van ${table.tableId}`);
          }
        }
        let periodCbs: string[] | undefined;
        if (period !== undefined) {
          const periodDim = table.dimensions.find((d) => d.kind === 'period');
          if (!periodDim) throw badRequest('period', `tabel ${table.tableId} heeft geen periodedimensie`);
          periodCbs = periodDim.codes.filter((c) => c.period === period).map((c) => c.key);
          if (periodCbs.length === 0) {
            const known = periodDim.codes.flatMap((c) => (c.period ? [c.period] : []));
            throw badRequest(
              'period',
              `'${period}' is geen periode van ${table.tableId} (${known.slice(0, 6).join(', ')}${known.length > 6 ? ', …' : ''})`,
            );
          }
        }
        const canonicalRegion = regionCode
          ? regionDim!.codes.find((c) => c.key.toUpperCase() === regionCode)!.key
          : undefined;
        const { total, cells } = await sourceCells(ctx.db, table.snapshotId, {
          measure,
          region: canonicalRegion,
          periodCbs,
          limit,
          offset,
        });
        return {
          tableId: table.tableId,
          snapshotId: table.snapshotId,
          total,
          count: cells.length,
          observations: cells,
        };
      },
    );
  };
