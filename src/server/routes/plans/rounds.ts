// The prioritisation rounds: listing, opening, reading one with its result, editing an open one, the partners'
// scores and rankings, and closing it.
import {
  openRoundBody,
  rankingBody,
  roundParams,
  scoresBody,
  updateRoundBody,
  wsParams,
} from '../../../plans/api.ts';
import {
  closePlanRound,
  editRound,
  listPlanRounds,
  openRound,
  type PlanDeps,
  readRound,
  submitRanking,
  submitScores,
} from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerRounds(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/workspaces/:id/plan/rounds',
    { schema: { summary: 'Prioriteringsrondes (leden)', tags: ['regioplan'], params: wsParams } },
    async (request) => listPlanRounds(deps, actorOf(request), request.params.id),
  );

  api.post(
    '/workspaces/:id/plan/rounds',
    {
      schema: {
        summary:
          'Een prioriteringsronde openen (beheerder): met de partners (scoren of rangschikken, vervolgronde na een gesloten ronde) of met inwoners (datadialoog, openbare link)',
        tags: ['regioplan'],
        params: wsParams,
        body: openRoundBody,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openRound(deps, actorOf(request), request.params.id, request.body)),
  );

  api.get(
    '/workspaces/:id/plan/rounds/:roundId',
    {
      schema: {
        summary:
          'Een ronde: de kandidaten, uw eigen inzending, eerst de anonieme groepsuitkomst van de vorige ronde (Delphi), en de uitkomst met spreiding (na sluiten; de beheerder ziet haar steeds)',
        tags: ['regioplan'],
        params: roundParams,
      },
    },
    async (request) => readRound(deps, actorOf(request), request.params.id, request.params.roundId),
  );

  api.patch(
    '/workspaces/:id/plan/rounds/:roundId',
    {
      schema: {
        summary: 'Titel of kandidaten van een open ronde wijzigen (beheerder); een gesloten ronde geeft 409',
        tags: ['regioplan'],
        params: roundParams,
        body: updateRoundBody,
      },
    },
    async (request) =>
      editRound(deps, actorOf(request), request.params.id, request.params.roundId, request.body),
  );

  api.put(
    '/workspaces/:id/plan/rounds/:roundId/scores',
    {
      schema: {
        summary:
          'De scores van uw organisatie (urgentie, impact, haalbaarheid 1–5, voor elk kandidaat-thema); een nieuwe inzending vervangt de vorige',
        tags: ['regioplan'],
        params: roundParams,
        body: scoresBody,
      },
    },
    async (request) =>
      submitScores(deps, actorOf(request), request.params.id, request.params.roundId, request.body),
  );

  api.put(
    '/workspaces/:id/plan/rounds/:roundId/ranking',
    {
      schema: {
        summary:
          'De rangorde van uw organisatie (alle kandidaat-thema’s, belangrijkste eerst); een nieuwe inzending vervangt de vorige',
        tags: ['regioplan'],
        params: roundParams,
        body: rankingBody,
      },
    },
    async (request) =>
      submitRanking(deps, actorOf(request), request.params.id, request.params.roundId, request.body),
  );

  api.post(
    '/workspaces/:id/plan/rounds/:roundId/close',
    {
      schema: {
        summary: 'Een ronde sluiten (beheerder); daarna ziet iedereen de uitkomst en verandert er niets meer',
        tags: ['regioplan'],
        params: roundParams,
      },
    },
    async (request) => closePlanRound(deps, actorOf(request), request.params.id, request.params.roundId),
  );
}
