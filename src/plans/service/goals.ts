// SMART goals per kernopgave on an indicator (open data or partner data): adding one with its baseline taken from
// the region's data, editing, deleting, and the monitoring of one goal (status computed on every read).
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound, ServiceError, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { deleteGoal, getGoal, insertGoal, updateGoal } from '../../db/plans/content.ts';
import type { WorkspaceWithSecret } from '../../db/workspaceStore.ts';
import { parsePeriod } from '../../indicators/period.ts';
import type { Indicator } from '../../indicators/schema.ts';
import type { CreateGoalInput, DeleteQuery, UpdateGoalInput } from '../api.ts';
import type { Goal } from '../document.ts';
import { chooseBaseline, type MeasureSource } from '../measures.ts';
import { goalSentences } from '../plainLanguage.ts';
import { seriesFor, viewGoal } from '../view.ts';
import type { GoalMonitoring } from '../views.ts';
import { change, organisationsOf, type PlanDeps, planAccess } from './context.ts';
import { loadKernopgave } from './kernopgaven.ts';
import { goalWithView, measureAccess, regionOf, today } from './view.ts';

/** A goal of the workspace's plan, or 404. */
const loadGoal = async (db: Queryable, workspaceId: string, goalId: string) => {
  const goal = await getGoal(db, workspaceId, goalId);
  if (!goal) throw notFound('Dit doel bestaat niet.');
  return goal;
};

/** The baseline of a measure for the workspace's region, or a 400 naming why the region has none. */
async function baselineFor(
  deps: PlanDeps,
  workspace: WorkspaceWithSecret,
  input: {
    indicatorId: string | null;
    measureSource: MeasureSource;
    breakdown: string;
    baselinePeriod?: string;
  },
): Promise<{ indicator: Indicator | null; baseline: Goal['baseline'] }> {
  const empty = { value: null, lower: null, upper: null, period: null };
  if (input.indicatorId === null) return { indicator: null, baseline: empty };
  const macc = await measureAccess(deps, workspace);
  const indicator = macc.engine.indicator(input.indicatorId);
  if (!indicator) throw invalid('indicatorId', `'${input.indicatorId}' is geen indicator uit de catalogus`);
  if (input.baselinePeriod !== undefined && !parsePeriod(input.baselinePeriod))
    throw invalid('baselinePeriod', `'${input.baselinePeriod}' is geen periode (bijv. 2023 of 2023Q1)`);
  const series = await seriesFor(macc, indicator, input.measureSource, input.breakdown);
  const chosen = chooseBaseline(series, indicator, input.baselinePeriod);
  if ('problem' in chosen) {
    const field =
      input.baselinePeriod !== undefined && series.points.length ? 'baselinePeriod' : 'indicatorId';
    const what =
      input.measureSource === 'partner' ? 'de partnergegevens van deze werkruimte' : 'de open data';
    throw new ServiceError(
      'invalid',
      'no-data',
      `${field}: geen uitgangswaarde voor '${indicator.id}' in ${what} van deze regio: ${chosen.problem.nl}`,
      { parameter: field, extra: { reason: chosen.problem } },
    );
  }
  const p = chosen.point;
  return { indicator, baseline: { value: p.value, lower: p.lower, upper: p.upper, period: p.period } };
}

async function checkOwner(deps: PlanDeps, workspaceId: string, owner: string | null) {
  if (owner !== null && !(await organisationsOf(deps.db, workspaceId)).has(owner))
    throw invalid('ownerOrganisationId', 'geen organisatie van deze werkruimte');
}

export async function addGoal(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  kernopgaveId: string,
  body: CreateGoalInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const kernopgave = await loadKernopgave(deps.db, workspace.id, kernopgaveId);
  await checkOwner(deps, workspace.id, body.ownerOrganisationId);
  const { baseline } = await baselineFor(deps, workspace, body);
  const goal = await change(
    deps,
    actor,
    workspace,
    `Doel toegevoegd: ${body.title}`,
    'plan.goal.create',
    { subject: body.title, indicator: body.indicatorId },
    (tx) =>
      insertGoal(tx, workspace.id, kernopgave.id, {
        title: body.title,
        indicatorId: body.indicatorId,
        measureSource: body.measureSource,
        breakdown: body.breakdown,
        baseline,
        target: { value: body.targetValue, date: body.targetDate },
        ownerOrganisationId: body.ownerOrganisationId,
      }),
  );
  return goalWithView(goal, await measureAccess(deps, workspace));
}

export async function editGoal(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  goalId: string,
  body: UpdateGoalInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const current = await loadGoal(deps.db, workspace.id, goalId);
  if (body.version !== current.version)
    throw stale('Dit doel', await goalWithView(current, await measureAccess(deps, workspace)), body);
  const next = {
    title: body.title ?? current.title,
    indicatorId: body.indicatorId !== undefined ? body.indicatorId : current.indicatorId,
    measureSource: body.measureSource ?? current.measureSource,
    breakdown: body.breakdown ?? current.breakdown,
    target: {
      value: body.targetValue !== undefined ? body.targetValue : current.target.value,
      date: body.targetDate !== undefined ? body.targetDate : current.target.date,
    },
    ownerOrganisationId:
      body.ownerOrganisationId !== undefined ? body.ownerOrganisationId : current.ownerOrganisationId,
  };
  await checkOwner(deps, workspace.id, next.ownerOrganisationId);
  const measureChanged =
    next.indicatorId !== current.indicatorId ||
    next.measureSource !== current.measureSource ||
    next.breakdown !== current.breakdown;
  const baseline =
    measureChanged || body.rebaseline || body.baselinePeriod !== undefined
      ? (await baselineFor(deps, workspace, { ...next, baselinePeriod: body.baselinePeriod })).baseline
      : current.baseline;
  const saved = await change(
    deps,
    actor,
    workspace,
    `Doel gewijzigd: ${next.title}`,
    'plan.goal.update',
    { subject: next.title },
    async (tx) => {
      const row = await updateGoal(tx, workspace.id, current.id, body.version, { ...next, baseline });
      if (!row) throw stale('Dit doel', await getGoal(tx, workspace.id, current.id), body);
      return row;
    },
  );
  return goalWithView(saved, await measureAccess(deps, workspace));
}

export async function removeGoal(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  goalId: string,
  query: DeleteQuery,
): Promise<void> {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const current = await loadGoal(deps.db, workspace.id, goalId);
  await change(
    deps,
    actor,
    workspace,
    `Doel verwijderd: ${current.title}`,
    'plan.goal.delete',
    { subject: current.title },
    async (tx) => {
      if (!(await deleteGoal(tx, workspace.id, current.id, query.version)))
        throw stale('Dit doel', await getGoal(tx, workspace.id, current.id), query);
    },
  );
}

export async function goalMonitoring(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  goalId: string,
): Promise<GoalMonitoring> {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const goal = await loadGoal(deps.db, workspace.id, goalId);
  const view = await viewGoal(goal, await measureAccess(deps, workspace), today());
  return { goal, region: await regionOf(deps, workspace), ...view, sentences: goalSentences(goal, view) };
}
