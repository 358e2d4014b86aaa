// The plan as a whole: reading it with everything computed, and its title, summary and publication (beheerder).
import { planBody, wsParams } from '../../../plans/api.ts';
import { type PlanDeps, readPlan, updatePlanInfo } from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerPlan(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/workspaces/:id/plan',
    {
      schema: {
        summary:
          'Het regioplan: kernopgaven met doelen (uitgangswaarde, streefwaarde, SMART-toets, status uit de gegevens), acties en evaluaties (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request) => readPlan(deps, actorOf(request), request.params.id),
  );

  api.patch(
    '/workspaces/:id/plan',
    {
      schema: {
        summary: 'Titel, samenvatting en publicatie van het regioplan (beheerder)',
        tags: ['regioplan'],
        params: wsParams,
        body: planBody,
      },
    },
    async (request) => updatePlanInfo(deps, actorOf(request), request.params.id, request.body),
  );
}
