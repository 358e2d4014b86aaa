// The learning cycle: evaluation moments (plan-do-check-act) with notes and decisions (continue, adjust, stop) per
// kernopgave, goal or action; adding and editing one.
import { z } from 'zod';
import {
  getEvaluation,
  insertEvaluation,
  listActions,
  listGoals,
  listKernopgaven,
  updateEvaluation,
} from '../../../db/planStore.ts';
import { id, isoDate, longText, version, wsParams } from '../../../plans/api.ts';
import { DECISIONS, PDCA_PHASES } from '../../../plans/vocabulary.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, notFound, stale } from './errors.ts';

const decisionInput = z.strictObject({
  subject: z.strictObject({ kind: z.enum(['kernopgave', 'goal', 'action']), id }),
  decision: z.enum(DECISIONS),
  note: longText(2000).default(''),
});

const evaluationFields = {
  heldOn: isoDate,
  phase: z.enum(PDCA_PHASES),
  notes: longText(10000).default(''),
  decisions: z.array(decisionInput).max(100).default([]),
};

export function registerEvaluations(api: PlanApi, { ctx, access, change }: PlanHelpers) {
  const checkDecisions = async (
    workspaceId: string,
    decisions: { subject: { kind: 'kernopgave' | 'goal' | 'action'; id: string } }[],
  ) => {
    const [k, g, a] = await Promise.all([
      listKernopgaven(ctx.db, workspaceId),
      listGoals(ctx.db, workspaceId),
      listActions(ctx.db, workspaceId),
    ]);
    const known = {
      kernopgave: new Set(k.map((x) => x.id)),
      goal: new Set(g.map((x) => x.id)),
      action: new Set(a.map((x) => x.id)),
    };
    decisions.forEach((d, i) => {
      if (!known[d.subject.kind].has(d.subject.id))
        throw badRequest(
          `decisions.${i}.subject`,
          `'${d.subject.id}' is geen ${d.subject.kind} van dit plan`,
        );
    });
  };

  api.post(
    '/workspaces/:id/plan/evaluations',
    {
      schema: {
        summary:
          'Een evaluatiemoment (plan-do-check-act) met notities en besluiten per kernopgave, doel of actie: doorgaan, bijstellen, stoppen (analist, beheerder)',
        tags: ['regioplan'],
        params: wsParams,
        body: z.strictObject(evaluationFields),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      await checkDecisions(workspace.id, request.body.decisions);
      const created = await change(
        request,
        workspace,
        `Evaluatie ${request.body.heldOn} (${request.body.phase})`,
        'plan.evaluation.create',
        { subject: request.body.heldOn },
        (tx) => insertEvaluation(tx, workspace.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );

  api.patch(
    '/workspaces/:id/plan/evaluations/:evaluationId',
    {
      schema: {
        summary: 'Een evaluatiemoment wijzigen (analist, beheerder); met versienummer',
        tags: ['regioplan'],
        params: z.object({ id, evaluationId: id }),
        body: z.strictObject({
          version,
          heldOn: isoDate.optional(),
          phase: z.enum(PDCA_PHASES).optional(),
          notes: longText(10000).optional(),
          decisions: z.array(decisionInput).max(100).optional(),
        }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const current = await getEvaluation(ctx.db, workspace.id, request.params.evaluationId);
      if (!current) throw notFound('Dit evaluatiemoment bestaat niet.');
      const { version: expected, ...body } = request.body;
      const next = {
        heldOn: body.heldOn ?? current.heldOn,
        phase: body.phase ?? current.phase,
        notes: body.notes ?? current.notes,
        decisions: body.decisions ?? current.decisions,
      };
      await checkDecisions(workspace.id, next.decisions);
      return change(
        request,
        workspace,
        `Evaluatie ${next.heldOn} gewijzigd`,
        'plan.evaluation.update',
        { subject: next.heldOn },
        async (tx) => {
          const saved = await updateEvaluation(tx, workspace.id, current.id, expected, next);
          if (!saved)
            throw stale(
              'Dit evaluatiemoment',
              await getEvaluation(tx, workspace.id, current.id),
              request.body,
            );
          return saved;
        },
      );
    },
  );
}
