// Actions per kernopgave: voorkomen / verplaatsen / vervangen, forms of moving care, responsible partners, payment
// and milestones; adding, editing (with the version read) and deleting one.
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { deleteAction, getAction, insertAction, listGoals, updateAction } from '../../db/plans/content.ts';
import type { CreateActionInput, DeleteQuery, UpdateActionInput } from '../api.ts';
import type { Action } from '../document.ts';
import { change, organisationsOf, type PlanDeps, planAccess } from './context.ts';
import { loadKernopgave } from './kernopgaven.ts';

type ActionInput = Omit<Action, 'id' | 'kernopgaveId' | 'milestones'> & {
  milestones: { id?: string; title: string; due: string; status: Action['milestones'][number]['status'] }[];
};

/** An action of the workspace's plan, or 404. */
const loadAction = async (db: Queryable, workspaceId: string, actionId: string) => {
  const action = await getAction(db, workspaceId, actionId);
  if (!action) throw notFound('Deze actie bestaat niet.');
  return action;
};

async function checkAction(
  deps: PlanDeps,
  workspaceId: string,
  input: ActionInput,
): Promise<Omit<Action, 'id' | 'kernopgaveId'>> {
  const organisations = await organisationsOf(deps.db, workspaceId);
  input.responsibleOrganisationIds.forEach((o, i) => {
    if (!organisations.has(o))
      throw invalid(`responsibleOrganisationIds.${i}`, `'${o}' is geen organisatie van deze werkruimte`);
  });
  const goals = new Set((await listGoals(deps.db, workspaceId)).map((g) => g.id));
  input.goalIds.forEach((g, i) => {
    if (!goals.has(g)) throw invalid(`goalIds.${i}`, `'${g}' is geen doel van dit plan`);
  });
  return {
    ...input,
    forms: [...new Set(input.forms)],
    responsibleOrganisationIds: [...new Set(input.responsibleOrganisationIds)],
    goalIds: [...new Set(input.goalIds)],
    milestones: input.milestones.map((m) => ({ ...m, id: m.id ?? newId() })),
  };
}

export async function addAction(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  kernopgaveId: string,
  body: CreateActionInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const kernopgave = await loadKernopgave(deps.db, workspace.id, kernopgaveId);
  const input = await checkAction(deps, workspace.id, body);
  return change(
    deps,
    actor,
    workspace,
    `Actie toegevoegd: ${input.title}`,
    'plan.action.create',
    { subject: input.title, type: input.type },
    (tx) => insertAction(tx, workspace.id, kernopgave.id, input),
  );
}

export async function editAction(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  actionId: string,
  request: UpdateActionInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const current = await loadAction(deps.db, workspace.id, actionId);
  const { version: expected, ...body } = request;
  if (expected !== current.version) throw stale('Deze actie', current, request);
  const input = await checkAction(deps, workspace.id, {
    title: body.title ?? current.title,
    description: body.description ?? current.description,
    type: body.type ?? current.type,
    forms: body.forms ?? current.forms,
    responsibleOrganisationIds: body.responsibleOrganisationIds ?? current.responsibleOrganisationIds,
    goalIds: body.goalIds ?? current.goalIds,
    payment: body.payment ?? current.payment,
    milestones: body.milestones ?? current.milestones,
  });
  return change(
    deps,
    actor,
    workspace,
    `Actie gewijzigd: ${input.title}`,
    'plan.action.update',
    { subject: input.title },
    async (tx) => {
      const saved = await updateAction(tx, workspace.id, current.id, expected, input);
      if (!saved) throw stale('Deze actie', await getAction(tx, workspace.id, current.id), request);
      return saved;
    },
  );
}

export async function removeAction(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  actionId: string,
  query: DeleteQuery,
): Promise<void> {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const current = await loadAction(deps.db, workspace.id, actionId);
  await change(
    deps,
    actor,
    workspace,
    `Actie verwijderd: ${current.title}`,
    'plan.action.delete',
    { subject: current.title },
    async (tx) => {
      if (!(await deleteAction(tx, workspace.id, current.id, query.version)))
        throw stale('Deze actie', await getAction(tx, workspace.id, current.id), query);
    },
  );
}
