// Duiding: texts per indicator and region written by several partners, every version kept; the published texts of a
// region (public, GET /duiding) and, for members, a workspace's texts, one with its versions, and writing one.
import { z } from 'zod';
import { adHocRegion, RegionRefError, standardRegion } from '../../../app/regionRef.ts';
import {
  duidingVersions,
  getDuiding,
  listWorkspaceDuiding,
  memberOrganisation,
  publishedDuiding,
  saveDuiding,
} from '../../../db/planStore.ts';
import { appendAudit } from '../../../db/workspaceStore.ts';
import { id, indicatorId, text, wsParams } from '../../../plans/api.ts';
import { brief } from '../../../plans/view.ts';
import { auditEntry, type PlanApi, type PlanHelpers } from './access.ts';
import { badRequest, notFound, stale } from './errors.ts';

/** The key duiding is filed under: the region code, or the sorted gemeente codes of an ad-hoc region. */
const regionKey = (code: string | null, gemeenten: readonly string[]) =>
  code ?? [...gemeenten].sort().join(',');

const duidingParams = z.object({ id, indicatorId });

export function registerDuiding(api: PlanApi, { ctx, access, organisationsOf }: PlanHelpers) {
  api.get(
    '/duiding',
    {
      schema: {
        summary:
          'Duiding bij een indicator voor een regio (zonder indicator: bij alle indicatoren): de gepubliceerde teksten van de werkruimten van die regio, met de organisaties die eraan schreven (openbaar)',
        tags: ['regioplan'],
        querystring: z.object({
          region: z
            .string()
            .max(4000)
            .describe("regiocode (bijv. ZK04) of gemeentecodes gescheiden door komma's"),
          indicator: indicatorId.optional(),
        }),
      },
    },
    async (request) => {
      const engine = await ctx.engine();
      const indicator = request.query.indicator ? engine.indicator(request.query.indicator) : null;
      if (indicator === undefined) throw notFound(`Indicator '${request.query.indicator}' bestaat niet.`);
      let key: string;
      let name: string;
      try {
        const region = request.query.region.includes(',')
          ? adHocRegion(engine, request.query.region)
          : standardRegion(engine, request.query.region);
        key = regionKey(region.code, region.gemeenten);
        name = region.name;
      } catch (error) {
        if (error instanceof RegionRefError)
          throw error.kind === 'not-found' ? notFound(error.message) : badRequest('region', error.message);
        throw error;
      }
      const texts = await publishedDuiding(ctx.db, key, indicator?.id ?? null);
      return {
        region: { key, name },
        indicator: indicator ? brief(indicator) : null,
        texts: await Promise.all(
          texts.map(async (t) => {
            const versions = await duidingVersions(ctx.db, t.workspaceId, t.indicatorId);
            return {
              indicator: t.indicatorId,
              workspace: { id: t.workspaceId, name: t.workspaceName },
              text: t.text,
              version: t.version,
              updatedAt: t.updatedAt,
              authors: [...new Set(versions.map((v) => v.organisationName).filter((n): n is string => !!n))],
            };
          }),
        ),
      };
    },
  );

  api.get(
    '/workspaces/:id/duiding',
    {
      schema: {
        summary: 'Alle duidingsteksten van de werkruimte (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      return listWorkspaceDuiding(ctx.db, workspace.id);
    },
  );

  api.get(
    '/workspaces/:id/duiding/:indicatorId',
    {
      schema: {
        summary: 'De duiding van één indicator met alle versies en hun auteurs (leden)',
        tags: ['regioplan'],
        params: duidingParams,
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      const current = await getDuiding(ctx.db, workspace.id, request.params.indicatorId);
      return {
        current,
        versions: current ? await duidingVersions(ctx.db, workspace.id, request.params.indicatorId) : [],
      };
    },
  );

  api.put(
    '/workspaces/:id/duiding/:indicatorId',
    {
      schema: {
        summary:
          'Duiding schrijven of bijwerken (partner, analist, beheerder): version 0 maakt haar aan, anders het versienummer dat u las (409 als het intussen gewijzigd is)',
        tags: ['regioplan'],
        params: duidingParams,
        body: z.strictObject({
          text: text(10000),
          version: z.number().int().min(0),
          published: z.boolean().default(true),
        }),
      },
    },
    async (request) => {
      const { workspace, account } = await access(request, request.params.id, 'contribute');
      const engine = await ctx.engine();
      const indicator = engine.indicator(request.params.indicatorId);
      if (!indicator) throw notFound(`Indicator '${request.params.indicatorId}' bestaat niet.`);
      const orgId = await memberOrganisation(ctx.db, workspace.id, account.id);
      const organisationName = orgId
        ? ((await organisationsOf(workspace.id)).get(orgId)?.name ?? null)
        : null;
      return ctx.db.transaction(async (tx) => {
        const saved = await saveDuiding(tx, {
          workspaceId: workspace.id,
          indicatorId: indicator.id,
          regionKey: regionKey(workspace.regionCode, workspace.gemeenten),
          text: request.body.text,
          published: request.body.published,
          expectedVersion: request.body.version,
          author: account,
          organisationName,
        });
        if (!saved)
          throw stale('Deze duiding', await getDuiding(tx, workspace.id, indicator.id), request.body);
        await appendAudit(
          tx,
          auditEntry(request, 'duiding.update', workspace.id, {
            subject: indicator.id,
            version: saved.version,
          }),
        );
        return saved;
      });
    },
  );
}
