// The versions of the whole plan document: the list (who, when, what), one version, and a comparison of two.
import { z } from 'zod';
import { getVersion, listVersions } from '../../../db/planStore.ts';
import { id, wsParams } from '../../../plans/api.ts';
import { diffVersions } from '../../../plans/versions.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, notFound } from './errors.ts';

export function registerVersions(api: PlanApi, { ctx, access }: PlanHelpers) {
  api.get(
    '/workspaces/:id/plan/versions',
    {
      schema: {
        summary: 'Alle versies van het plan: nummer, wie, wanneer, wat (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      return listVersions(ctx.db, workspace.id);
    },
  );

  api.get(
    '/workspaces/:id/plan/versions/compare',
    {
      schema: {
        summary: 'Twee versies van het plan vergelijken: wat is toegevoegd, verwijderd of gewijzigd',
        tags: ['regioplan'],
        params: wsParams,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      const [a, b] = await Promise.all([
        getVersion(ctx.db, workspace.id, request.query.from),
        getVersion(ctx.db, workspace.id, request.query.to),
      ]);
      if (!a) throw badRequest('from', `versie ${request.query.from} bestaat niet`);
      if (!b) throw badRequest('to', `versie ${request.query.to} bestaat niet`);
      const { document: da, ...ia } = a;
      const { document: db, ...ib } = b;
      return { from: ia, to: ib, changes: diffVersions(da, db) };
    },
  );

  api.get(
    '/workspaces/:id/plan/versions/:number',
    {
      schema: {
        summary: 'Eén versie van het plan: het hele document',
        tags: ['regioplan'],
        params: z.object({ id, number: z.coerce.number().int().min(1) }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      const found = await getVersion(ctx.db, workspace.id, request.params.number);
      if (!found) throw notFound(`Versie ${request.params.number} bestaat niet.`);
      return found;
    },
  );
}
