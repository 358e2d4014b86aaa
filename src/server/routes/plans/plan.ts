// The plan as a whole: reading it with everything computed (GET /workspaces/:id/plan), and its title, summary and
// publication (PATCH, beheerder).
import { z } from 'zod';
import { getPlan, memberOrganisation, updatePlan } from '../../../db/planStore.ts';
import { longText, text, wsParams } from '../../../plans/api.ts';
import { mayPlan } from '../../../plans/permissions.ts';
import { buildPlanView } from '../../../plans/planView.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { stale } from './errors.ts';

export function registerPlan(api: PlanApi, { ctx, access, change }: PlanHelpers) {
  api.get(
    '/workspaces/:id/plan',
    {
      schema: {
        summary:
          'Het regioplan: kernopgaven met doelen (uitgangswaarde, streefwaarde, SMART-toets, status uit de gegevens), acties en evaluaties (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request) => {
      const { workspace, role } = await access(request, request.params.id, 'read-plan');
      const permissions = (['read-plan', 'contribute', 'edit-plan', 'manage-plan'] as const).filter((p) =>
        mayPlan(role, p),
      );
      return {
        ...(await buildPlanView(ctx, workspace)),
        role,
        permissions,
        myOrganisationId: await memberOrganisation(ctx.db, workspace.id, request.session!.account.id),
      };
    },
  );

  api.patch(
    '/workspaces/:id/plan',
    {
      schema: {
        summary: 'Titel, samenvatting en publicatie van het regioplan (beheerder)',
        tags: ['regioplan'],
        params: wsParams,
        body: z.strictObject({
          version: z.number().int().min(0),
          title: text(300).optional(),
          summary: longText(10000).optional(),
          published: z.boolean().optional(),
        }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'manage-plan');
      const body = request.body;
      const published = body.published;
      // version 0: the plan has never been saved; only valid while that is still so
      const existing = body.version === 0 ? await getPlan(ctx.db, workspace.id) : null;
      if (existing) throw stale('Het plan', existing, body);
      const action = published === undefined ? 'plan.update' : published ? 'plan.publish' : 'plan.unpublish';
      return change(request, workspace, 'Plan bijgewerkt', action, {}, async (tx) => {
        const current = (await getPlan(tx, workspace.id))!;
        const saved = await updatePlan(tx, workspace.id, body.version === 0 ? 1 : body.version, {
          title: body.title ?? current.title,
          summary: body.summary ?? current.summary,
          published: published ?? current.published,
        });
        if (!saved) throw stale('Het plan', current, body);
        return saved;
      });
    },
  );
}
