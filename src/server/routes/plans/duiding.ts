// Duiding: the published texts of a region (public), and for members a workspace's texts, one with its versions,
// and writing one.
import { duidingBody, duidingParams, duidingQuery, wsParams } from '../../../plans/api.ts';
import {
  duidingWithVersions,
  type PlanDeps,
  publishedDuidingOf,
  workspaceDuiding,
  writeDuiding,
} from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerPublishedDuiding(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/duiding',
    {
      schema: {
        summary:
          'Duiding bij een indicator voor een regio (zonder indicator: bij alle indicatoren): de gepubliceerde teksten van de werkruimten van die regio, met de organisaties die eraan schreven (openbaar)',
        tags: ['regioplan'],
        querystring: duidingQuery,
      },
    },
    async (request) => publishedDuidingOf(deps, request.query),
  );
}

export function registerDuiding(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/workspaces/:id/duiding',
    {
      schema: {
        summary: 'Alle duidingsteksten van de werkruimte (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request) => workspaceDuiding(deps, actorOf(request), request.params.id),
  );

  api.get(
    '/workspaces/:id/duiding/:indicatorId',
    {
      schema: {
        summary: 'De duiding van één indicator met alle versies en hun auteurs (leden)',
        tags: ['regioplan'],
        params: duidingParams,
      },
    },
    async (request) =>
      duidingWithVersions(deps, actorOf(request), request.params.id, request.params.indicatorId),
  );

  api.put(
    '/workspaces/:id/duiding/:indicatorId',
    {
      schema: {
        summary:
          'Duiding schrijven of bijwerken (partner, analist, beheerder): version 0 maakt haar aan, anders het versienummer dat u las (409 als het intussen gewijzigd is)',
        tags: ['regioplan'],
        params: duidingParams,
        body: duidingBody,
      },
    },
    async (request) =>
      writeDuiding(deps, actorOf(request), request.params.id, request.params.indicatorId, request.body),
  );
}
