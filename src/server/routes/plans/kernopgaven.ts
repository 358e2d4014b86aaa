// The three to five kernopgaven: fixing them from a closed round, and editing one.
import { fixKernopgavenBody, kernopgaveParams, updateKernopgaveBody, wsParams } from '../../../plans/api.ts';
import { editKernopgave, fixKernopgaven, type PlanDeps } from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerKernopgaven(api: PlanApi, deps: PlanDeps) {
  api.post(
    '/workspaces/:id/plan/kernopgaven',
    {
      schema: {
        summary: 'De drie tot vijf kernopgaven vastleggen uit een gesloten ronde (beheerder)',
        tags: ['regioplan'],
        params: wsParams,
        body: fixKernopgavenBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await fixKernopgaven(deps, actorOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/workspaces/:id/plan/kernopgaven/:kernopgaveId',
    {
      schema: {
        summary: 'Titel en toelichting van een kernopgave (analist, beheerder)',
        tags: ['regioplan'],
        params: kernopgaveParams,
        body: updateKernopgaveBody,
      },
    },
    async (request) =>
      editKernopgave(deps, actorOf(request), request.params.id, request.params.kernopgaveId, request.body),
  );
}
