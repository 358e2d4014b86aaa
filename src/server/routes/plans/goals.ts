// SMART goals per kernopgave: adding, editing, deleting, and the monitoring of one goal.
import {
  createGoalBody,
  deleteQuery,
  goalParams,
  kernopgaveParams,
  updateGoalBody,
} from '../../../plans/api.ts';
import {
  addGoal,
  editGoal,
  goalMonitoring,
  type PlanDeps,
  removeGoal,
} from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerGoals(api: PlanApi, deps: PlanDeps) {
  api.post(
    '/workspaces/:id/plan/kernopgaven/:kernopgaveId/goals',
    {
      schema: {
        summary:
          'Een doel bij een kernopgave (analist, beheerder): indicator (open data of partnergegevens), uitgangswaarde uit de gegevens van de regio, streefwaarde en -datum, eigenaar',
        tags: ['regioplan'],
        params: kernopgaveParams,
        body: createGoalBody,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addGoal(deps, actorOf(request), request.params.id, request.params.kernopgaveId, request.body),
        ),
  );

  api.patch(
    '/workspaces/:id/plan/goals/:goalId',
    {
      schema: {
        summary:
          'Een doel wijzigen (analist, beheerder) met het versienummer dat u las; is het intussen gewijzigd, dan 409 en blijft de vorige opslag staan',
        tags: ['regioplan'],
        params: goalParams,
        body: updateGoalBody,
      },
    },
    async (request) =>
      editGoal(deps, actorOf(request), request.params.id, request.params.goalId, request.body),
  );

  api.delete(
    '/workspaces/:id/plan/goals/:goalId',
    {
      schema: {
        summary:
          'Een doel verwijderen (analist, beheerder); het staat nog in de eerdere versies van het plan',
        tags: ['regioplan'],
        params: goalParams,
        querystring: deleteQuery,
      },
    },
    async (request, reply) => {
      await removeGoal(deps, actorOf(request), request.params.id, request.params.goalId, request.query);
      return reply.code(204).send();
    },
  );

  api.get(
    '/workspaces/:id/plan/goals/:goalId/monitoring',
    {
      schema: {
        summary:
          'Monitoring van een doel: de waarden van de indicator voor de regio met interval, de lijn van uitgangswaarde naar streefwaarde, en de status met de regel',
        tags: ['regioplan'],
        params: goalParams,
      },
    },
    async (request) => goalMonitoring(deps, actorOf(request), request.params.id, request.params.goalId),
  );
}
