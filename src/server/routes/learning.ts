// The learning evaluation API: learning cycles of a workspace with sessions and lessons, proposing a lesson to the
// kennisbank, the national synthesis (public, small counts suppressed) and the residents' page of a region (public).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { cycleInput, cycleUpdate, lessonInput, sessionInput } from '../../learning/schema.ts';
import {
  addLesson,
  addSession,
  changeCycle,
  createCycle,
  cycles,
  nationalSynthesis,
  proposeLesson,
  readCycle,
  residentsPage,
} from '../../learning/service/index.ts';
import { requireSessionForWrites } from '../security.ts';
import { actorOf } from './kennisbank.ts';

const id = z.string().min(1).max(100);
const workspaceParams = z.object({ workspaceId: id });
const cycleParams = z.object({ workspaceId: id, cycleId: id });
const tags = ['lerende evaluatie'];

export const learningRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.addHook('preValidation', requireSessionForWrites);
    const base = '/workspaces/:workspaceId/learning/cycles';

    api.get(
      base,
      { schema: { summary: 'De leercycli van een werkruimte', tags, params: workspaceParams } },
      async (request) => ({ cycles: await cycles(ctx, actorOf(request), request.params.workspaceId) }),
    );

    api.post(
      base,
      {
        schema: {
          summary:
            'Een nieuwe leercyclus met leervraag en rol (verantwoording, instrumenteel, netwerk, transformatie)',
          tags,
          params: workspaceParams,
          body: cycleInput,
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await createCycle(ctx, actorOf(request), request.params.workspaceId, request.body)),
    );

    api.get(
      `${base}/:cycleId`,
      { schema: { summary: 'Eén leercyclus met sessies en lessen', tags, params: cycleParams } },
      async (request) => readCycle(ctx, actorOf(request), request.params.workspaceId, request.params.cycleId),
    );

    api.put(
      `${base}/:cycleId`,
      {
        schema: {
          summary:
            'Een leercyclus wijzigen, afsluiten of publiceren (met versienummer; publiceren door een beheerder)',
          tags,
          params: cycleParams,
          body: cycleUpdate,
        },
      },
      async (request) =>
        changeCycle(ctx, actorOf(request), request.params.workspaceId, request.params.cycleId, request.body),
    );

    api.post(
      `${base}/:cycleId/sessions`,
      {
        schema: {
          summary: 'Een sessie met het aantal deelnemers per perspectief en de genomen besluiten',
          tags,
          params: cycleParams,
          body: sessionInput,
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await addSession(
              ctx,
              actorOf(request),
              request.params.workspaceId,
              request.params.cycleId,
              request.body,
            ),
          ),
    );

    api.post(
      `${base}/:cycleId/lessons`,
      {
        schema: {
          summary:
            'Een les per perspectief en bouwsteen; citaten alleen met de rol van de spreker (een naam wordt gemeld)',
          tags,
          params: cycleParams,
          body: lessonInput,
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await addLesson(
              ctx,
              actorOf(request),
              request.params.workspaceId,
              request.params.cycleId,
              request.body,
            ),
          ),
    );

    api.post(
      `${base}/:cycleId/lessons/:lessonId/propose`,
      {
        schema: {
          summary: 'Een les voorstellen aan de kennisbank (komt ter beoordeling bij een redacteur)',
          tags,
          params: cycleParams.extend({ lessonId: id }),
          body: z.strictObject({ title: z.string().trim().min(3).max(200) }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await proposeLesson(
              ctx,
              actorOf(request),
              request.params.workspaceId,
              request.params.cycleId,
              request.params.lessonId,
              request.body,
            ),
          ),
    );

    api.get(
      '/learning/synthesis',
      {
        schema: {
          summary:
            'Landelijke synthese: lessen van gepubliceerde leercycli per bouwsteen en perspectief (kleine aantallen verborgen)',
          tags,
        },
      },
      async () => nationalSynthesis(ctx),
    );

    api.get(
      '/inwoners/:code',
      {
        schema: {
          summary:
            'De inwonerspagina van een regio in gewone taal: wat de cijfers zeggen, wat de partners kozen, hoe u meedoet',
          tags,
          params: z.object({ code: z.string().min(2).max(20) }),
        },
      },
      async (request) => residentsPage(ctx, request.params.code),
    );
  };
