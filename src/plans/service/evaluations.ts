// The learning cycle: evaluation moments (plan-do-check-act) with notes and decisions (continue, adjust, stop) per
// kernopgave, goal or action; adding and editing one.
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound, stale } from '../../access/errors.ts';
import { listActions, listGoals, listKernopgaven } from '../../db/plans/content.ts';
import { getEvaluation, insertEvaluation, updateEvaluation } from '../../db/plans/monitoring.ts';
import type { CreateEvaluationInput, UpdateEvaluationInput } from '../api.ts';
import { change, type PlanDeps, planAccess } from './context.ts';

async function checkDecisions(
  deps: PlanDeps,
  workspaceId: string,
  decisions: { subject: { kind: 'kernopgave' | 'goal' | 'action'; id: string } }[],
) {
  const [k, g, a] = await Promise.all([
    listKernopgaven(deps.db, workspaceId),
    listGoals(deps.db, workspaceId),
    listActions(deps.db, workspaceId),
  ]);
  const known = {
    kernopgave: new Set(k.map((x) => x.id)),
    goal: new Set(g.map((x) => x.id)),
    action: new Set(a.map((x) => x.id)),
  };
  decisions.forEach((d, i) => {
    if (!known[d.subject.kind].has(d.subject.id))
      throw invalid(`decisions.${i}.subject`, `'${d.subject.id}' is geen ${d.subject.kind} van dit plan`);
  });
}

export async function addEvaluation(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  body: CreateEvaluationInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  await checkDecisions(deps, workspace.id, body.decisions);
  return change(
    deps,
    actor,
    workspace,
    `Evaluatie ${body.heldOn} (${body.phase})`,
    'plan.evaluation.create',
    { subject: body.heldOn },
    (tx) => insertEvaluation(tx, workspace.id, body),
  );
}

export async function editEvaluation(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  evaluationId: string,
  request: UpdateEvaluationInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const current = await getEvaluation(deps.db, workspace.id, evaluationId);
  if (!current) throw notFound('Dit evaluatiemoment bestaat niet.');
  const { version: expected, ...body } = request;
  const next = {
    heldOn: body.heldOn ?? current.heldOn,
    phase: body.phase ?? current.phase,
    notes: body.notes ?? current.notes,
    decisions: body.decisions ?? current.decisions,
  };
  await checkDecisions(deps, workspace.id, next.decisions);
  return change(
    deps,
    actor,
    workspace,
    `Evaluatie ${next.heldOn} gewijzigd`,
    'plan.evaluation.update',
    { subject: next.heldOn },
    async (tx) => {
      const saved = await updateEvaluation(tx, workspace.id, current.id, expected, next);
      if (!saved)
        throw stale('Dit evaluatiemoment', await getEvaluation(tx, workspace.id, current.id), request);
      return saved;
    },
  );
}
