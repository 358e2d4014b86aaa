// The members' exports of the plan: JSON, and PDF (the service's HTML printed with headless Chromium).
import { pdfQuery, wsParams } from '../../../plans/api.ts';
import { exportPlanHtml, exportPlanJson, type PlanDeps } from '../../../plans/service/index.ts';
import { actorOf } from '../../actor.ts';
import type { PlanApi } from './types.ts';

export function registerExports(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/workspaces/:id/plan/export.json',
    {
      schema: {
        summary: 'Het regioplan als JSON: het document van de huidige versie en de voortgang van nu (leden)',
        tags: ['regioplan'],
        params: wsParams,
      },
    },
    async (request, reply) =>
      reply
        .header('content-disposition', 'attachment; filename="regioplan.json"')
        .send(await exportPlanJson(deps, actorOf(request), request.params.id)),
  );

  api.get(
    '/workspaces/:id/plan/export.pdf',
    {
      schema: {
        summary: 'Het regioplan als PDF (afgedrukt met Chromium) (leden)',
        tags: ['regioplan'],
        params: wsParams,
        querystring: pdfQuery,
      },
    },
    async (request, reply) => {
      const html = await exportPlanHtml(deps, actorOf(request), request.params.id, request.query.lang);
      const { htmlToPdf } = await import('../../../app/pdf.ts');
      const pdf = await htmlToPdf(html);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="regioplan.pdf"')
        .send(pdf);
    },
  );
}
