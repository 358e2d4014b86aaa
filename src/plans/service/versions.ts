// The versions of the whole plan document: the list (who, when, what), one version, and a comparison of two.
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound } from '../../access/errors.ts';
import { getVersion, listVersions } from '../../db/plans/plan.ts';
import type { CompareQuery } from '../api.ts';
import { diffVersions } from '../versions.ts';
import type { VersionComparison, VersionInfo } from '../views.ts';
import { type PlanDeps, planAccess } from './context.ts';

export async function planVersions(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
): Promise<VersionInfo[]> {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  return listVersions(deps.db, workspace.id);
}

export async function compareVersions(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  query: CompareQuery,
): Promise<VersionComparison> {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const [a, b] = await Promise.all([
    getVersion(deps.db, workspace.id, query.from),
    getVersion(deps.db, workspace.id, query.to),
  ]);
  if (!a) throw invalid('from', `versie ${query.from} bestaat niet`);
  if (!b) throw invalid('to', `versie ${query.to} bestaat niet`);
  const { document: da, ...ia } = a;
  const { document: db, ...ib } = b;
  return { from: ia, to: ib, changes: diffVersions(da, db) };
}

export async function planVersion(deps: PlanDeps, actor: Actor, workspaceId: string, number: number) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const found = await getVersion(deps.db, workspace.id, number);
  if (!found) throw notFound(`Versie ${number} bestaat niet.`);
  return found;
}
