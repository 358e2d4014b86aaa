// Geography: region types, regions and their gemeenten, map boundaries, user-defined regions.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REGION_TYPES } from '../../geo/regionTypes.ts';
import * as regiobeeld from '../../regiobeeld/service.ts';

const regionTypeCode = z.enum(REGION_TYPES.map((t) => t.code) as [string, ...string[]]);
const regionCode = z.string().min(2).max(20).describe('CBS-code, bijv. GM0363, PV27, GG3406, ZK02, NL01');
const regionSummary = z.object({ code: z.string(), name: z.string(), type: z.string() });

export const geographyRoutes =
  (deps: regiobeeld.RegiobeeldDeps): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/region-types',
      {
        schema: {
          summary: "Regiotypen (gemeente, provincie, GGD-regio, zorgkantoorregio, …) met het aantal regio's",
          response: {
            200: z.array(
              z.object({
                code: z.string(),
                name: z.object({ nl: z.string(), en: z.string() }),
                codePrefix: z.string(),
                regions: z.number(),
                hasBoundaries: z.boolean(),
              }),
            ),
          },
        },
      },
      async () => regiobeeld.regionTypes(deps),
    );

    api.get(
      '/regions',
      {
        schema: {
          summary: "Regio's zoeken op type en/of naam of code",
          querystring: z.object({
            type: regionTypeCode.optional(),
            q: z.string().min(1).max(100).optional().describe('naam of code, of een deel ervan'),
          }),
          response: { 200: z.array(regionSummary) },
        },
      },
      async (request) => regiobeeld.searchRegions(deps, request.query),
    );

    api.get(
      '/regions/:code',
      {
        schema: {
          summary: "Eén regio met haar gemeenten en de regio's waar zij toe behoort",
          params: z.object({ code: regionCode }),
        },
      },
      async (request) => regiobeeld.regionDetail(deps, request.params.code),
    );

    api.get(
      '/boundaries/:type',
      {
        schema: {
          summary: 'Grenzen voor kaarten (TopoJSON, WGS84, CBS Gebiedsindelingen via PDOK)',
          params: z.object({ type: regionTypeCode }),
        },
      },
      async (request, reply) => {
        const boundary = await regiobeeld.boundaryOf(deps, request.params.type);
        reply.header('content-type', 'application/json; charset=utf-8');
        reply.header('cache-control', 'public, max-age=3600');
        reply.header('x-source-snapshot', boundary.snapshot_id);
        return reply.send(boundary.topojson);
      },
    );

    const userRegionBody = z.object({
      name: z.string().trim().min(1).max(120).describe('naam van de eigen regio'),
      gemeenten: z.array(z.string()).min(1).max(400).describe('gemeentecodes, bijv. ["GM0363", "GM0384"]'),
    });

    api.post(
      '/user-regions',
      { schema: { summary: 'Een eigen regio (een set gemeenten) opslaan', body: userRegionBody } },
      async (request, reply) => reply.code(201).send(await regiobeeld.saveOwnRegion(deps, request.body)),
    );

    api.get('/user-regions', { schema: { summary: "Opgeslagen eigen regio's" } }, async () =>
      regiobeeld.ownRegions(deps),
    );

    api.get(
      '/user-regions/:id',
      { schema: { summary: 'Eén opgeslagen eigen regio', params: z.object({ id: z.string().uuid() }) } },
      async (request) => regiobeeld.ownRegion(deps, request.params.id),
    );
  };
