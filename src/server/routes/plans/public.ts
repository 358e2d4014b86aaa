// The published plan in plain language (GET /public/plans/:workspaceId, no account).
import { publicPlanParams } from '../../../plans/api.ts';
import { type PlanDeps, publicPlan } from '../../../plans/service/index.ts';
import type { PlanApi } from './types.ts';

export function registerPublicPlan(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/public/plans/:workspaceId',
    {
      schema: {
        summary:
          'Een gepubliceerd regioplan in gewone taal, met de voortgang van elk doel (openbaar; 404 als het niet gepubliceerd is)',
        tags: ['regioplan'],
        params: publicPlanParams,
      },
    },
    async (request) => publicPlan(deps, request.params.workspaceId),
  );
}
