// The learning evaluation API: learning cycles of a workspace (and, under the same paths below
// /api/dsv/collaborations/{id}, of a collaboration) with sessions and lessons, proposing a lesson to the kennisbank,
// the national synthesis (public, small counts suppressed) and the residents' page of a region (public).
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
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
  type Owner,
  proposeLesson,
  readCycle,
  residentsPage,
} from '../../learning/service/index.ts';
import { requireSessionForWrites } from '../security.ts';
import { actorOf } from './kennisbank.ts';

const id = z.string().min(1).max(100);
const tags = ['lerende evaluatie'];

/** The cycle routes below `base` (which has an :ownerId parameter) for owners of one kind. */
function cycleRoutes(fastify: FastifyInstance, ctx: AppContext, base: string, kind: Owner['kind']) {
  const api = fastify.withTypeProvider<ZodTypeProvider>();
  const ownerParams = z.object({ ownerId: id });
  const cycleParams = z.object({ ownerId: id, cycleId: id });
  const owner = (params: { ownerId: string }): Owner => ({ kind, id: params.ownerId });
  const of = kind === 'workspace' ? 'een werkruimte' : 'een samenwerkingsverband';

  api.get(
    base,
    { schema: { summary: `De leercycli van ${of}`, tags, params: ownerParams } },
    async (request) => ({ cycles: await cycles(ctx, actorOf(request), owner(request.params)) }),
  );
  api.post(
    base,
    {
      schema: {
        summary: `Een nieuwe leercyclus van ${of} met leervraag en rol (verantwoording, instrumenteel, netwerk, transformatie)`,
        tags,
        params: ownerParams,
        body: cycleInput,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCycle(ctx, actorOf(request), owner(request.params), request.body)),
  );
  api.get(
    `${base}/:cycleId`,
    { schema: { summary: 'Eén leercyclus met sessies en lessen', tags, params: cycleParams } },
    async (request) => readCycle(ctx, actorOf(request), owner(request.params), request.params.cycleId),
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
      changeCycle(ctx, actorOf(request), owner(request.params), request.params.cycleId, request.body),
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
            owner(request.params),
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
          await addLesson(ctx, actorOf(request), owner(request.params), request.params.cycleId, request.body),
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
            owner(request.params),
            request.params.cycleId,
            request.params.lessonId,
            request.body,
          ),
        ),
  );
}

export const learningRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.addHook('preValidation', requireSessionForWrites);
    cycleRoutes(fastify, ctx, '/workspaces/:ownerId/learning/cycles', 'workspace');
    cycleRoutes(fastify, ctx, '/dsv/collaborations/:ownerId/learning/cycles', 'collaboration');

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
