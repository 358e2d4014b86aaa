// The members' exports of the plan: the JSON document of the current version with today's progress, and the PDF
// (printed with headless Chromium). Both are in the audit log.
import { z } from 'zod';
import { appendAudit } from '../../../db/workspaceStore.ts';
import { wsParams } from '../../../plans/api.ts';
import { exportPlan } from '../../../plans/planView.ts';
import { auditEntry, type PlanApi, type PlanHelpers } from './access.ts';

export function registerExports(api: PlanApi, { ctx, access }: PlanHelpers) {
  api.get(
    '/workspaces/:id/plan/export.json',
    {
      schema: {
        summary: 'Het regioplan als JSON: het document van de huidige versie en de voortgang van nu (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      const { view: _v, ...exported } = await exportPlan(ctx, workspace);
      await appendAudit(ctx.db, auditEntry(request, 'export.plan', workspace.id, { format: 'json' }));
      return reply.header('content-disposition', 'attachment; filename="regioplan.json"').send(exported);
    },
  );

  api.get(
    '/workspaces/:id/plan/export.pdf',
    {
      schema: {
        summary: 'Het regioplan als PDF (afgedrukt met Chromium) (leden)',
        tags: ['regioplan'],
        params: wsParams,
        querystring: z.object({ lang: z.enum(['nl', 'en']).default('nl') }),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'read-plan');
      const { view } = await exportPlan(ctx, workspace);
      const { renderPlanHtml } = await import('../../../plans/html.ts');
      const { htmlToPdf } = await import('../../../plans/pdf.ts');
      const pdf = await htmlToPdf(renderPlanHtml(view, request.query.lang, { public: false }));
      await appendAudit(ctx.db, auditEntry(request, 'export.plan', workspace.id, { format: 'pdf' }));
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="regioplan.pdf"')
        .send(pdf);
    },
  );
}
