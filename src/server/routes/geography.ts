// Geography: region types, regions and their gemeenten, map boundaries, user-defined regions.
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import {
  getBoundary,
  getRegion,
  getUserRegion,
  latestMembershipYear,
  listRegions,
  listRegionTypes,
  listUserRegions,
  saveUserRegion,
} from '../../db/regionStore.ts';
import { describeProblem, parseGemeenteList } from '../../geo/adhoc.ts';
import { REGION_TYPES } from '../../geo/regionTypes.ts';
import type { RegiobeeldEngine } from '../../regiobeeld/engine.ts';
import { badRequest, notFound } from '../errors.ts';

const regionTypeCode = z.enum(REGION_TYPES.map((t) => t.code) as [string, ...string[]]);
const regionCode = z.string().min(2).max(20).describe('CBS-code, bijv. GM0363, PV27, GG3406, ZK02, NL01');
const regionSummary = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  gemeente: z.string().optional().describe('bij een wijk of buurt: de naam van haar gemeente'),
});

/** Inhabitants on 1 January of the latest year: the published figure, or the sum over the gemeenten. */
function regionPopulation(engine: RegiobeeldEngine, code: string) {
  const indicator = engine.indicator('bevolking');
  const periods = indicator ? engine.index.periods(indicator.id).filter((p) => p.type === 'year') : [];
  for (const period of [...periods].reverse()) {
    const estimate = engine.estimate(
      indicator!,
      { code, gemeenten: engine.membersOf(code) },
      period,
      'totaal',
    );
    if (estimate.value !== null) {
      return {
        value: estimate.value,
        period: period.code,
        basis: estimate.method === 'observed' ? 'published' : 'sum',
      };
    }
  }
  return null;
}

export const geographyRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
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
      async () =>
        (await listRegionTypes(ctx.db)).map((t) => ({
          code: t.code,
          name: { nl: t.name_nl, en: t.name_en },
          codePrefix: t.code_prefix,
          regions: t.regions,
          hasBoundaries: t.has_boundaries,
        })),
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
      async (request) => listRegions(ctx.db, request.query),
    );

    api.get(
      '/regions/:code',
      {
        schema: {
          summary: "Eén regio met haar gemeenten en de regio's waar zij toe behoort",
          params: z.object({ code: regionCode }),
        },
      },
      async (request) => {
        const region = await getRegion(ctx.db, request.params.code.toUpperCase());
        if (!region) throw notFound(`Regio '${request.params.code}' bestaat niet`);
        const engine = await ctx.engine();
        const gemeente = engine.isArea(region.code) ? engine.gemeenteOf(region.code) : null;
        if (gemeente) await engine.prepareAreas(gemeente);
        return { ...region, population: regionPopulation(engine, region.code) };
      },
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
        const boundary = await getBoundary(ctx.db, request.params.type);
        if (!boundary) throw notFound(`Geen kaartgrenzen voor regiotype '${request.params.type}'`);
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
      async (request, reply) => {
        const year = (await latestMembershipYear(ctx.db)) ?? new Date().getFullYear();
        const known = new Set((await listRegions(ctx.db, { type: 'gemeente' })).map((r) => r.code));
        const parsed = parseGemeenteList(request.body.gemeenten, known);
        if ('problem' in parsed)
          throw badRequest('gemeenten', describeProblem(parsed.problem).replace(/^gemeenten: /, ''));
        const region = await saveUserRegion(ctx.db, {
          id: randomUUID(),
          name: request.body.name,
          gemeenten: parsed.codes,
          year,
        });
        return reply.code(201).send(region);
      },
    );

    api.get('/user-regions', { schema: { summary: "Opgeslagen eigen regio's" } }, async () =>
      listUserRegions(ctx.db),
    );

    api.get(
      '/user-regions/:id',
      { schema: { summary: 'Eén opgeslagen eigen regio', params: z.object({ id: z.string().uuid() }) } },
      async (request) => {
        const region = await getUserRegion(ctx.db, request.params.id);
        if (!region) throw notFound(`Eigen regio '${request.params.id}' bestaat niet`);
        return region;
      },
    );
  };
