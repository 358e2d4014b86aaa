// The plan of a workspace as it is shown and exported: the stored decisions with, for every goal, what the data say
// now (computed from the engine and the workspace's partner data on each call; nothing computed is stored).

import { listActions, listGoals, listKernopgaven } from '../../db/plans/content.ts';
import { listRounds } from '../../db/plans/dialogue.ts';
import { listEvaluations } from '../../db/plans/monitoring.ts';
import { getPlan, listVersions, partnerRows } from '../../db/plans/plan.ts';
import { listOrganisations, type WorkspaceWithSecret } from '../../db/workspaceStore.ts';
import type { Versioned } from '../../plans/document.ts';
import { standardRegion } from '../../regiobeeld/regionRef.ts';
import type { PlanView } from '../api.ts';
import type { Goal } from '../document.ts';
import { STATUS_RULE } from '../monitoring.ts';
import { goalSentences } from '../plainLanguage.ts';
import { type MeasureAccess, viewGoal } from '../view.ts';
import type { PlanDeps } from './context.ts';
import { readDocument } from './document.ts';

export const today = () => new Date().toISOString().slice(0, 10);

type Ctx = Pick<PlanDeps, 'db' | 'engine'>;

export async function regionOf(ctx: Ctx, workspace: WorkspaceWithSecret) {
  const engine = await ctx.engine();
  let name = `Eigen regio (${workspace.gemeenten.length} gemeenten)`;
  if (workspace.regionCode) {
    try {
      name = standardRegion(engine, workspace.regionCode).name;
    } catch {
      // a region code no longer in the geography: keep the generic name
    }
  }
  return { code: workspace.regionCode, name, gemeenten: workspace.gemeenten };
}

export async function measureAccess(ctx: Ctx, workspace: WorkspaceWithSecret): Promise<MeasureAccess> {
  return {
    engine: await ctx.engine(),
    region: { code: workspace.regionCode, gemeenten: workspace.gemeenten },
    workspace: { id: workspace.id, secret: workspace.secret, gemeenten: workspace.gemeenten },
    partnerRows: (indicator, breakdown) => partnerRows(ctx.db, workspace.id, indicator, breakdown),
  };
}

export async function goalWithView(goal: Versioned<Goal>, macc: MeasureAccess) {
  return { ...goal, ...(await viewGoal(goal, macc, today())) };
}

export async function buildPlanView(ctx: Ctx, workspace: WorkspaceWithSecret): Promise<PlanView> {
  const macc = await measureAccess(ctx, workspace);
  const [plan, organisations, rounds, kernopgaven, goals, actions, evaluations] = await Promise.all([
    getPlan(ctx.db, workspace.id),
    listOrganisations(ctx.db, workspace.id),
    listRounds(ctx.db, workspace.id),
    listKernopgaven(ctx.db, workspace.id),
    listGoals(ctx.db, workspace.id),
    listActions(ctx.db, workspace.id),
    listEvaluations(ctx.db, workspace.id),
  ]);
  const goalViews = await Promise.all(goals.map((g) => goalWithView(g, macc)));
  return {
    workspace: { id: workspace.id, name: workspace.name, region: await regionOf(ctx, workspace) },
    plan: plan ?? {
      workspaceId: workspace.id,
      title: `Regioplan ${workspace.name}`,
      summary: '',
      published: false,
      version: 0,
      updatedAt: null,
    },
    organisations,
    rounds: rounds.map(({ publicToken: _t, ...r }) => r),
    kernopgaven: kernopgaven.map((k) => ({
      ...k,
      goals: goalViews.filter((g) => g.kernopgaveId === k.id),
      actions: actions.filter((a) => a.kernopgaveId === k.id),
    })),
    evaluations,
    statusRule: STATUS_RULE,
  };
}

export type { PlanView };

/** The plan as exported: the document of the current version plus the progress computed now. */
export async function exportPlan(ctx: Ctx, workspace: WorkspaceWithSecret) {
  const view = await buildPlanView(ctx, workspace);
  const versions = await listVersions(ctx.db, workspace.id);
  return {
    format: 'juisteplek-regioplan-export/1',
    exportedAt: new Date().toISOString(),
    version: versions[0] ?? null,
    document: await readDocument(ctx.db, workspace),
    progress: Object.fromEntries(
      view.kernopgaven.flatMap((k) =>
        k.goals.map((g) => [
          g.id,
          {
            status: g.progress.status,
            label: g.progress.label,
            latest: g.progress.latest,
            expected: g.progress.expected,
            smart: g.smart,
            sentences: goalSentences(g, g),
          },
        ]),
      ),
    ),
    statusRule: STATUS_RULE,
    view,
  };
}
