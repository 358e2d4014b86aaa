// Actions per kernopgave: adding, editing (with the version read) and deleting one.
import {
  actionParams,
  createActionBody,
  deleteQuery,
  kernopgaveParams,
  updateActionBody,
} from '../../../plans/api.ts';
import { addAction, editAction, type PlanDeps, removeAction } from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerActions(api: PlanApi, deps: PlanDeps) {
  api.post(
    '/workspaces/:id/plan/kernopgaven/:kernopgaveId/actions',
    {
      schema: {
        summary:
          'Een actie bij een kernopgave (analist, beheerder): voorkomen/verplaatsen/vervangen, vorm van verplaatsing, verantwoordelijke partners, bekostiging, mijlpalen',
        tags: ['regioplan'],
        params: kernopgaveParams,
        body: createActionBody,
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addAction(
            deps,
            actorOf(request),
            request.params.id,
            request.params.kernopgaveId,
            request.body,
          ),
        ),
  );

  api.patch(
    '/workspaces/:id/plan/actions/:actionId',
    {
      schema: {
        summary:
          'Een actie wijzigen, bijv. de status van een mijlpaal (analist, beheerder); met versienummer',
        tags: ['regioplan'],
        params: actionParams,
        body: updateActionBody,
      },
    },
    async (request) =>
      editAction(deps, actorOf(request), request.params.id, request.params.actionId, request.body),
  );

  api.delete(
    '/workspaces/:id/plan/actions/:actionId',
    {
      schema: {
        summary: 'Een actie verwijderen (analist, beheerder); zij blijft in de eerdere versies van het plan',
        tags: ['regioplan'],
        params: actionParams,
        querystring: deleteQuery,
      },
    },
    async (request, reply) => {
      await removeAction(deps, actorOf(request), request.params.id, request.params.actionId, request.query);
      return reply.code(204).send();
    },
  );
}
