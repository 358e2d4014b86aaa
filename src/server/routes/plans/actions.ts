// Actions per kernopgave: voorkomen / verplaatsen / vervangen, forms of moving care, responsible partners, payment
// and milestones; adding, editing (with the version read) and deleting one.
import { z } from 'zod';
import { newId } from '../../../accounts/tokens.ts';
import type { Queryable } from '../../../db/connection.ts';
import { deleteAction, getAction, insertAction, listGoals, updateAction } from '../../../db/planStore.ts';
import { id, isoDate, kernopgaveParams, longText, text, version } from '../../../plans/api.ts';
import type { Action } from '../../../plans/document.ts';
import {
  ACTION_TYPES,
  CARE_SHIFT_FORMS,
  MILESTONE_STATUSES,
  PAYMENT_ARRANGEMENTS,
} from '../../../plans/vocabulary.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, notFound, stale } from './errors.ts';
import { loadKernopgave } from './kernopgaven.ts';

const milestoneInput = z.strictObject({
  id: id.optional(),
  title: text(300),
  due: isoDate,
  status: z.enum(MILESTONE_STATUSES).default('gepland'),
});

const actionFields = {
  title: text(300),
  description: longText(5000).default(''),
  type: z.enum(ACTION_TYPES),
  forms: z.array(z.enum(CARE_SHIFT_FORMS)).max(CARE_SHIFT_FORMS.length).default([]),
  responsibleOrganisationIds: z.array(id).max(50).default([]),
  goalIds: z.array(id).max(50).default([]),
  payment: z
    .strictObject({ arrangement: z.enum(PAYMENT_ARRANGEMENTS).nullable(), note: longText(2000).default('') })
    .default({ arrangement: null, note: '' }),
  milestones: z.array(milestoneInput).max(50).default([]),
};

const actionParams = z.object({ id, actionId: id });

type ActionInput = Omit<Action, 'id' | 'kernopgaveId' | 'milestones'> & {
  milestones: {
    id?: string;
    title: string;
    due: string;
    status: Action['milestones'][number]['status'];
  }[];
};

/** An action of the workspace's plan, or 404. */
const loadAction = async (db: Queryable, workspaceId: string, actionId: string) => {
  const action = await getAction(db, workspaceId, actionId);
  if (!action) throw notFound('Deze actie bestaat niet.');
  return action;
};

export function registerActions(api: PlanApi, { ctx, access, change, organisationsOf }: PlanHelpers) {
  const checkAction = async (
    workspaceId: string,
    input: ActionInput,
  ): Promise<Omit<Action, 'id' | 'kernopgaveId'>> => {
    const organisations = await organisationsOf(workspaceId);
    input.responsibleOrganisationIds.forEach((o, i) => {
      if (!organisations.has(o))
        throw badRequest(`responsibleOrganisationIds.${i}`, `'${o}' is geen organisatie van deze werkruimte`);
    });
    const goals = new Set((await listGoals(ctx.db, workspaceId)).map((g) => g.id));
    input.goalIds.forEach((g, i) => {
      if (!goals.has(g)) throw badRequest(`goalIds.${i}`, `'${g}' is geen doel van dit plan`);
    });
    return {
      ...input,
      forms: [...new Set(input.forms)],
      responsibleOrganisationIds: [...new Set(input.responsibleOrganisationIds)],
      goalIds: [...new Set(input.goalIds)],
      milestones: input.milestones.map((m) => ({ ...m, id: m.id ?? newId() })),
    };
  };

  api.post(
    '/workspaces/:id/plan/kernopgaven/:kernopgaveId/actions',
    {
      schema: {
        summary:
          'Een actie bij een kernopgave (analist, beheerder): voorkomen/verplaatsen/vervangen, vorm van verplaatsing, verantwoordelijke partners, bekostiging, mijlpalen',
        tags: ['regioplan'],
        params: kernopgaveParams,
        body: z.strictObject(actionFields),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const kernopgave = await loadKernopgave(ctx.db, workspace.id, request.params.kernopgaveId);
      const input = await checkAction(workspace.id, request.body);
      const created = await change(
        request,
        workspace,
        `Actie toegevoegd: ${input.title}`,
        'plan.action.create',
        { subject: input.title, type: input.type },
        (tx) => insertAction(tx, workspace.id, kernopgave.id, input),
      );
      return reply.code(201).send(created);
    },
  );

  api.patch(
    '/workspaces/:id/plan/actions/:actionId',
    {
      schema: {
        summary:
          'Een actie wijzigen, bijv. de status van een mijlpaal (analist, beheerder); met versienummer',
        tags: ['regioplan'],
        params: actionParams,
        body: z.strictObject({
          version,
          title: actionFields.title.optional(),
          description: longText(5000).optional(),
          type: actionFields.type.optional(),
          forms: z.array(z.enum(CARE_SHIFT_FORMS)).max(CARE_SHIFT_FORMS.length).optional(),
          responsibleOrganisationIds: z.array(id).max(50).optional(),
          goalIds: z.array(id).max(50).optional(),
          payment: z
            .strictObject({
              arrangement: z.enum(PAYMENT_ARRANGEMENTS).nullable(),
              note: longText(2000).default(''),
            })
            .optional(),
          milestones: z.array(milestoneInput).max(50).optional(),
        }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const current = await loadAction(ctx.db, workspace.id, request.params.actionId);
      const { version: expected, ...body } = request.body;
      if (expected !== current.version) throw stale('Deze actie', current, request.body);
      const input = await checkAction(workspace.id, {
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
        request,
        workspace,
        `Actie gewijzigd: ${input.title}`,
        'plan.action.update',
        { subject: input.title },
        async (tx) => {
          const saved = await updateAction(tx, workspace.id, current.id, expected, input);
          if (!saved) throw stale('Deze actie', await getAction(tx, workspace.id, current.id), request.body);
          return saved;
        },
      );
    },
  );

  api.delete(
    '/workspaces/:id/plan/actions/:actionId',
    {
      schema: {
        summary: 'Een actie verwijderen (analist, beheerder); zij blijft in de eerdere versies van het plan',
        tags: ['regioplan'],
        params: actionParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const current = await loadAction(ctx.db, workspace.id, request.params.actionId);
      await change(
        request,
        workspace,
        `Actie verwijderd: ${current.title}`,
        'plan.action.delete',
        { subject: current.title },
        async (tx) => {
          if (!(await deleteAction(tx, workspace.id, current.id, request.query.version)))
            throw stale('Deze actie', await getAction(tx, workspace.id, current.id), request.query);
        },
      );
      return reply.code(204).send();
    },
  );
}
