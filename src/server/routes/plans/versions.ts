// The versions of the whole plan document: the list, one version, and a comparison of two.
import { compareQuery, versionParams, wsParams } from '../../../plans/api.ts';
import { compareVersions, type PlanDeps, planVersion, planVersions } from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerVersions(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/workspaces/:id/plan/versions',
    {
      schema: {
        summary: 'Alle versies van het plan: nummer, wie, wanneer, wat (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request) => planVersions(deps, actorOf(request), request.params.id),
  );

  api.get(
    '/workspaces/:id/plan/versions/compare',
    {
      schema: {
        summary: 'Twee versies van het plan vergelijken: wat is toegevoegd, verwijderd of gewijzigd',
        tags: ['regioplan'],
        params: wsParams,
        querystring: compareQuery,
      },
    },
    async (request) => compareVersions(deps, actorOf(request), request.params.id, request.query),
  );

  api.get(
    '/workspaces/:id/plan/versions/:number',
    {
      schema: {
        summary: 'Eén versie van het plan: het hele document',
        tags: ['regioplan'],
        params: versionParams,
      },
    },
    async (request) => planVersion(deps, actorOf(request), request.params.id, request.params.number),
  );
}
