// The published plan in plain language (GET /public/plans/:workspaceId, no account): 404 unless published, no
// e-mail addresses, partner data only as protected aggregates.
import { z } from 'zod';
import { getPlan } from '../../../db/planStore.ts';
import { getWorkspace } from '../../../db/workspaceStore.ts';
import { id } from '../../../plans/api.ts';
import { STATUS_RULE } from '../../../plans/monitoring.ts';
import { goalSentences } from '../../../plans/plainLanguage.ts';
import { buildPlanView } from '../../../plans/planView.ts';
import { ACTION_TYPE_LABELS, CARE_SHIFT_FORM_LABELS, MILESTONE_LABELS } from '../../../plans/vocabulary.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { notFound } from './errors.ts';

export function registerPublicPlan(api: PlanApi, { ctx }: PlanHelpers) {
  /** The published plan in plain language: no e-mail addresses, partner data only as protected aggregates. */
  const publicPlan = async (workspaceId: string) => {
    const plan = await getPlan(ctx.db, workspaceId);
    const workspace = plan?.published ? await getWorkspace(ctx.db, workspaceId) : null;
    if (!plan?.published || !workspace) throw notFound('Dit regioplan bestaat niet of is niet gepubliceerd.');
    const view = await buildPlanView(ctx, workspace);
    const names = new Map(view.organisations.map((o) => [o.id, o.name]));
    return {
      title: view.plan.title,
      summary: view.plan.summary,
      updatedAt: view.plan.updatedAt,
      region: { code: view.workspace.region.code, name: view.workspace.region.name },
      organisations: view.organisations.map((o) => o.name),
      kernopgaven: view.kernopgaven.map((k) => ({
        id: k.id,
        title: k.title,
        description: k.description,
        goals: k.goals.map((g) => ({
          id: g.id,
          title: g.title,
          indicator: g.indicator,
          owner: g.ownerOrganisationId ? (names.get(g.ownerOrganisationId) ?? null) : null,
          baseline: g.baseline,
          target: g.target,
          status: g.progress.status,
          statusLabel: g.progress.label,
          latest: g.progress.latest,
          expected: g.progress.expected,
          line: g.progress.line,
          points: g.points,
          sentences: goalSentences(g, g),
        })),
        actions: k.actions.map((a) => ({
          id: a.id,
          title: a.title,
          description: a.description,
          type: a.type,
          typeLabel: ACTION_TYPE_LABELS[a.type],
          forms: a.forms.map((f) => CARE_SHIFT_FORM_LABELS[f]),
          responsible: a.responsibleOrganisationIds.map((o) => names.get(o) ?? o),
          milestones: a.milestones.map((m) => ({ ...m, statusLabel: MILESTONE_LABELS[m.status] })),
        })),
      })),
      statusRule: STATUS_RULE,
    };
  };

  api.get(
    '/public/plans/:workspaceId',
    {
      schema: {
        summary:
          'Een gepubliceerd regioplan in gewone taal, met de voortgang van elk doel (openbaar; 404 als het niet gepubliceerd is)',
        tags: ['regioplan'],
        params: z.object({ workspaceId: id }),
      },
    },
    async (request) => publicPlan(request.params.workspaceId),
  );
}
