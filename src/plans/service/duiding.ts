// Duiding: texts per indicator and region written by several partners, every version kept; the published texts of a
// region (public) and, for members, a workspace's texts, one with its versions, and writing one.
import type { Actor } from '../../access/actor.ts';
import { notFound, stale } from '../../access/errors.ts';
import {
  duidingVersions,
  getDuiding,
  listWorkspaceDuiding,
  publishedDuiding,
  saveDuiding,
} from '../../db/plans/monitoring.ts';
import { memberOrganisation } from '../../db/plans/plan.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import { adHocRegion, regionOrError, standardRegion } from '../../regiobeeld/regionRef.ts';
import type { DuidingInput, DuidingQuery } from '../api.ts';
import { brief } from '../view.ts';
import type { DuidingWithVersions, PublishedDuiding } from '../views.ts';
import { auditEntry, organisationsOf, type PlanDeps, planAccess } from './context.ts';

/** The key duiding is filed under: the region code, or the sorted gemeente codes of an ad-hoc region. */
const regionKey = (code: string | null, gemeenten: readonly string[]) =>
  code ?? [...gemeenten].sort().join(',');

export async function publishedDuidingOf(deps: PlanDeps, query: DuidingQuery): Promise<PublishedDuiding> {
  const engine = await deps.engine();
  const indicator = query.indicator ? engine.indicator(query.indicator) : null;
  if (indicator === undefined) throw notFound(`Indicator '${query.indicator}' bestaat niet.`);
  const region = regionOrError(() =>
    query.region.includes(',') ? adHocRegion(engine, query.region) : standardRegion(engine, query.region),
  );
  const key = regionKey(region.code, region.gemeenten);
  const texts = await publishedDuiding(deps.db, key, indicator?.id ?? null);
  return {
    region: { key, name: region.name },
    indicator: indicator ? brief(indicator) : null,
    texts: await Promise.all(
      texts.map(async (t) => {
        const versions = await duidingVersions(deps.db, t.workspaceId, t.indicatorId);
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
}

export async function workspaceDuiding(deps: PlanDeps, actor: Actor, workspaceId: string) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  return listWorkspaceDuiding(deps.db, workspace.id);
}

export async function duidingWithVersions(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  indicatorId: string,
): Promise<DuidingWithVersions> {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const current = await getDuiding(deps.db, workspace.id, indicatorId);
  return { current, versions: current ? await duidingVersions(deps.db, workspace.id, indicatorId) : [] };
}

export async function writeDuiding(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  indicatorId: string,
  body: DuidingInput,
) {
  const { workspace, account } = await planAccess(deps, actor, workspaceId, 'contribute');
  const engine = await deps.engine();
  const indicator = engine.indicator(indicatorId);
  if (!indicator) throw notFound(`Indicator '${indicatorId}' bestaat niet.`);
  const orgId = await memberOrganisation(deps.db, workspace.id, account.id);
  const organisationName = orgId
    ? ((await organisationsOf(deps.db, workspace.id)).get(orgId)?.name ?? null)
    : null;
  return deps.db.transaction(async (tx) => {
    // Private until its author publishes it: a new text is not public unless asked; an edit keeps the state.
    const before = await getDuiding(tx, workspace.id, indicator.id);
    const wasPublished = before?.published ?? false;
    const published = body.published ?? wasPublished;
    const saved = await saveDuiding(tx, {
      workspaceId: workspace.id,
      indicatorId: indicator.id,
      regionKey: regionKey(workspace.regionCode, workspace.gemeenten),
      text: body.text,
      published,
      expectedVersion: body.version,
      author: account,
      organisationName,
    });
    if (!saved) throw stale('Deze duiding', await getDuiding(tx, workspace.id, indicator.id), body);
    await appendAudit(
      tx,
      auditEntry(
        actor,
        published === wasPublished ? 'duiding.update' : published ? 'duiding.publish' : 'duiding.withdraw',
        workspace.id,
        { subject: indicator.id, version: saved.version },
      ),
    );
    return saved;
  });
}
