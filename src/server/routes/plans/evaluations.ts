// The learning cycle: evaluation moments (plan-do-check-act); adding and editing one.
import {
  createEvaluationBody,
  evaluationParams,
  updateEvaluationBody,
  wsParams,
} from '../../../plans/api.ts';
import { addEvaluation, editEvaluation, type PlanDeps } from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerEvaluations(api: PlanApi, deps: PlanDeps) {
  api.post(
    '/workspaces/:id/plan/evaluations',
    {
      schema: {
        summary:
          'Een evaluatiemoment (plan-do-check-act) met notities en besluiten per kernopgave, doel of actie: doorgaan, bijstellen, stoppen (analist, beheerder)',
        tags: ['regioplan'],
        params: wsParams,
        body: createEvaluationBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addEvaluation(deps, actorOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/workspaces/:id/plan/evaluations/:evaluationId',
    {
      schema: {
        summary: 'Een evaluatiemoment wijzigen (analist, beheerder); met versienummer',
        tags: ['regioplan'],
        params: evaluationParams,
        body: updateEvaluationBody,
      },
    },
    async (request) =>
      editEvaluation(deps, actorOf(request), request.params.id, request.params.evaluationId, request.body),
  );
}
