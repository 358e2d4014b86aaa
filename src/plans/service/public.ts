// The published plan in plain language (no account): 404 unless published, no e-mail addresses, partner data only
// as protected aggregates.
import { notFound } from '../../access/errors.ts';
import { getPlan } from '../../db/plans/plan.ts';
import { getWorkspace } from '../../db/workspaceStore.ts';
import { STATUS_RULE } from '../monitoring.ts';
import { goalSentences } from '../plainLanguage.ts';
import type { PublicPlan } from '../views.ts';
import { ACTION_TYPE_LABELS, CARE_SHIFT_FORM_LABELS, MILESTONE_LABELS } from '../vocabulary.ts';
import type { PlanDeps } from './context.ts';
import { buildPlanView } from './view.ts';

export async function publicPlan(deps: PlanDeps, workspaceId: string): Promise<PublicPlan> {
  const plan = await getPlan(deps.db, workspaceId);
  const workspace = plan?.published ? await getWorkspace(deps.db, workspaceId) : null;
  if (!plan?.published || !workspace) throw notFound('Dit regioplan bestaat niet of is niet gepubliceerd.');
  const view = await buildPlanView(deps, workspace);
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
}
