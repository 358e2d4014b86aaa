// Samenwerkingsverbanden: the register, the questionnaire rounds and answers, the national overview (public, for
// published rounds) and the phase self-assessment. Validates input, builds the Actor, calls the DSV service; its
// ServiceErrors become HTTP answers in the root error handler.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../app/context.ts';
import { contribution } from '../../dsv/phases.ts';
import { answers } from '../../dsv/questionnaire.ts';
import { collaborationInput, collaborationUpdate } from '../../dsv/schemas.ts';
import * as dsv from '../../dsv/service/index.ts';
import { requireSessionForWrites } from '../security.ts';

const actorOf = (request: FastifyRequest): Actor => {
  const account = request.session?.account;
  return {
    account: account ? { id: account.id, email: account.email, platformAdmin: account.platformAdmin } : null,
    ip: request.ip,
  };
};

const idParams = z.object({ id: z.string().min(1).max(64) });
const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const idYearParams = idParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
const tags = ['samenwerkingsverbanden'];

export const dsvRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.addHook('preValidation', requireSessionForWrites);

    api.get(
      '/dsv/collaborations',
      {
        schema: {
          tags,
          summary: 'Het register: naam, gebied, startjaar en status van elk samenwerkingsverband',
        },
      },
      async () => ({ collaborations: await dsv.listRegister(ctx) }),
    );
    api.post(
      '/dsv/collaborations',
      {
        schema: {
          tags,
          summary: 'Een samenwerkingsverband registreren (ook als concept)',
          body: collaborationInput,
        },
      },
      async (request, reply) =>
        reply.code(201).send(await dsv.createCollaboration(ctx, actorOf(request), request.body)),
    );
    api.get(
      '/dsv/collaborations/:id',
      {
        schema: {
          tags,
          summary: 'Een samenwerkingsverband met gebied, definitietoets en (voor leden) huidige fase',
          params: idParams,
        },
      },
      async (request) => dsv.getCollaborationView(ctx, actorOf(request), request.params.id),
    );
    api.put(
      '/dsv/collaborations/:id',
      {
        schema: {
          tags,
          summary: 'Het register bijwerken (met de gelezen versie)',
          params: idParams,
          body: collaborationUpdate,
        },
      },
      async (request) => dsv.updateCollaborationEntry(ctx, actorOf(request), request.params.id, request.body),
    );

    api.get(
      '/dsv/questionnaires/:version',
      {
        schema: {
          tags,
          summary: 'De vragenlijstdefinitie van een versie',
          params: z.object({ version: z.string() }),
        },
      },
      async (request) => dsv.loadDefinition(request.params.version),
    );
    api.get('/dsv/rounds', { schema: { tags, summary: 'De vragenlijstrondes' } }, async () => ({
      rounds: await dsv.rounds(ctx),
    }));
    api.post(
      '/dsv/rounds',
      {
        schema: {
          tags,
          summary: 'Een ronde openen (platformbeheerder)',
          body: z.object({
            year: z.number().int().min(2000).max(2100),
            definitionVersion: z.string().min(1),
          }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await dsv.openRound(ctx, actorOf(request), request.body)),
    );
    api.post(
      '/dsv/rounds/:year/close',
      { schema: { tags, summary: 'Een ronde sluiten (platformbeheerder)', params: yearParams } },
      async (request) => dsv.changeRound(ctx, actorOf(request), request.params.year, 'closed'),
    );
    api.post(
      '/dsv/rounds/:year/publish',
      {
        schema: {
          tags,
          summary: 'Een gesloten ronde publiceren (platformbeheerder; in het auditlog)',
          params: yearParams,
        },
      },
      async (request) => dsv.changeRound(ctx, actorOf(request), request.params.year, 'published'),
    );
    api.get(
      '/dsv/rounds/:year/overview',
      {
        schema: {
          tags,
          summary:
            'Landelijk overzicht van een gepubliceerde ronde: verdelingen met n per vraag, onderdrukking onder 5',
          params: yearParams,
        },
      },
      async (request) => dsv.nationalOverview(ctx, request.params.year),
    );

    api.get(
      '/dsv/collaborations/:id/responses/:year',
      {
        schema: {
          tags,
          summary: 'De antwoorden van een samenwerkingsverband in een ronde',
          params: idYearParams,
        },
      },
      async (request) => dsv.readResponse(ctx, actorOf(request), request.params.id, request.params.year),
    );
    api.put(
      '/dsv/collaborations/:id/responses/:year',
      {
        schema: {
          tags,
          summary:
            'Antwoorden opslaan als concept of indienen (met de gelezen versie; 0 voor de eerste keer)',
          params: idYearParams,
          body: z.object({ answers, version: z.number().int().min(0), submit: z.boolean().default(false) }),
        },
      },
      async (request) =>
        dsv.saveAnswers(ctx, actorOf(request), request.params.id, request.params.year, request.body),
    );
    api.get(
      '/dsv/collaborations/:id/benchmark/:year',
      {
        schema: { tags, summary: 'De eigen antwoorden naast de landelijke verdeling', params: idYearParams },
      },
      async (request) => dsv.benchmark(ctx, actorOf(request), request.params.id, request.params.year),
    );

    api.get(
      '/dsv/collaborations/:id/assessments',
      {
        schema: {
          tags,
          summary: 'Fase-zelfevaluaties met de combinatie, spreiding en geschiedenis',
          params: idParams,
        },
      },
      async (request) => dsv.listCollaborationAssessments(ctx, actorOf(request), request.params.id),
    );
    api.post(
      '/dsv/collaborations/:id/assessments',
      {
        schema: {
          tags,
          summary: 'Een nieuwe fase-zelfevaluatie beginnen',
          params: idParams,
          body: z
            .object({
              date: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/)
                .optional(),
            })
            .default({}),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await dsv.startAssessment(ctx, actorOf(request), request.params.id, request.body)),
    );
    api.put(
      '/dsv/collaborations/:id/assessments/:assessment/mine',
      {
        schema: {
          tags,
          summary: 'De eigen bijdrage aan een zelfevaluatie: fase, kenmerken, score per leidend principe',
          params: idParams.extend({ assessment: z.string().min(1).max(64) }),
          body: contribution,
        },
      },
      async (request) =>
        dsv.contribute(ctx, actorOf(request), request.params.id, request.params.assessment, request.body),
    );
  };
