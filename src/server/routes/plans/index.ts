// The regioplan routes: members' routes in one plugin, whose writes need a session before their body is looked at;
// the public ones (choice lists, the published plan, the datadialoog, published duiding) in another. Each part is in
// its own file; the rules are in the plan service (src/plans/service/).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PlanDeps } from '../../../plans/service/index.ts';
import { requireSessionForWrites } from '../../security.ts';
import { registerActions } from './actions.ts';
import { registerDialogue } from './dialogue.ts';
import { registerDuiding, registerPublishedDuiding } from './duiding.ts';
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

export const planRoutes =
  (deps: PlanDeps): FastifyPluginAsync =>
  async (fastify) => {
    await fastify.register(async (members) => {
      members.addHook('preValidation', requireSessionForWrites);
      const api = members.withTypeProvider<ZodTypeProvider>();
      registerPlan(api, deps);
      registerRounds(api, deps);
      registerKernopgaven(api, deps);
      registerGoals(api, deps);
      registerActions(api, deps);
      registerEvaluations(api, deps);
      registerVersions(api, deps);
      registerExports(api, deps);
      registerDuiding(api, deps);
    });
    await fastify.register(async (open) => {
      const api = open.withTypeProvider<ZodTypeProvider>();
      registerVocabulary(api, deps);
      registerPublicPlan(api, deps);
      registerDialogue(api, deps);
      registerPublishedDuiding(api, deps);
    });
  };
