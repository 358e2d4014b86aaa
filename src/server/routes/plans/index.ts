// The regioplan routes of a workspace, registered as one plugin with one error handler; each part of the
// capability is in its own file (see the header of each). Statuses of goals are computed on every read.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/context.ts';
import { planHelpers } from './access.ts';
import { registerActions } from './actions.ts';
import { registerDialogue } from './dialogue.ts';
import { registerDuiding } from './duiding.ts';
import { planErrorHandler } from './errors.ts';
import { registerEvaluations } from './evaluations.ts';
import { registerExports } from './exports.ts';
import { registerGoals } from './goals.ts';
import { registerKernopgaven } from './kernopgaven.ts';
import { registerPlan } from './plan.ts';
import { registerPublicPlan } from './public.ts';
import { registerRounds } from './rounds.ts';
import { registerVersions } from './versions.ts';
import { registerVocabulary } from './vocabulary.ts';

export { DIALOGUE_COOKIE } from './dialogue.ts';
export { PlanError } from './errors.ts';

export const planRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.setErrorHandler(planErrorHandler);
    const plan = planHelpers(ctx);
    // in this order, so the OpenAPI document lists the routes as before
    registerVocabulary(api, plan);
    registerPlan(api, plan);
    registerRounds(api, plan);
    registerKernopgaven(api, plan);
    registerGoals(api, plan);
    registerActions(api, plan);
    registerEvaluations(api, plan);
    registerVersions(api, plan);
    registerExports(api, plan);
    registerPublicPlan(api, plan);
    registerDialogue(api, plan);
    registerDuiding(api, plan);
  };
